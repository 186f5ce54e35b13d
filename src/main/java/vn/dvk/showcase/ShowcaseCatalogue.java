package vn.dvk.showcase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelView;
import vn.dvk.models.RegistrationMoved;
import vn.dvk.models.RegistrationState;
import vn.dvk.recognition.RecognitionGranted;
import vn.dvk.recognition.RecognitionRevoked;
import vn.dvk.recognition.RecognitionView;
import vn.dvk.recognition.Recognitions;
import vn.dvk.replication.Replications;
import vn.dvk.reporting.PublicFigures;
import vn.dvk.reporting.PublishedFigures;
import vn.dvk.shared.TextFolding;
import vn.dvk.showcase.domain.PublicPlace;
import vn.dvk.showcase.domain.PublicationRepository;
import vn.dvk.showcase.domain.Slugs;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * What the public may see, read once and kept in memory: the approved public versions of models
 * whose recognition stands, and the yearly figures. An approval, a withdrawal (of the public
 * version or the model) or a revocation empties the cache when its transaction commits; otherwise
 * entries expire after a few minutes (units renamed, replications added).
 */
@Component
class ShowcaseCatalogue {

  static final String CACHE = "showcase";

  /** The first year of the movement's figures. */
  static final int FIRST_YEAR = 2021;

  /** The most recently recognized first, at the highest level first within a year. */
  private static final Comparator<PublicModel> NEWEST_FIRST =
      Comparator.comparingInt(PublicModel::recognitionYear)
          .reversed()
          .thenComparing(PublicModel::level, Comparator.reverseOrder())
          .thenComparingLong(PublicModel::id);

  private final PublicationRepository publications;
  private final MobilizationModels models;
  private final Recognitions recognitions;
  private final Replications replications;
  private final PublishedFigures published;
  private final Units units;
  private final PublicPages pages;

  ShowcaseCatalogue(
      PublicationRepository publications,
      MobilizationModels models,
      Recognitions recognitions,
      Replications replications,
      PublishedFigures published,
      Units units,
      PublicPages pages) {
    this.publications = publications;
    this.models = models;
    this.recognitions = recognitions;
    this.replications = replications;
    this.published = published;
    this.units = units;
    this.pages = pages;
  }

  /**
   * What the public sees, read once for the catalogue, the pages and the filters alike: every
   * public model (the most recently recognized first), the same by id, and their district-level
   * units.
   */
  public record Published(
      List<PublicModel> models, Map<Long, PublicModel> byId, List<UnitView> districts) {}

  @Cacheable(cacheNames = CACHE, key = "'published'")
  public Published published() {
    var models = models();
    var codes = models.stream().map(PublicModel::districtCode).distinct().toList();
    return new Published(
        models,
        models.stream().collect(Collectors.toUnmodifiableMap(PublicModel::id, m -> m)),
        units.versionsOn(codes, units.today()).values().stream()
            .sorted(UnitView.OFFICIAL_ORDER)
            .toList());
  }

  private List<PublicModel> models() {
    var rows = publications.published();
    var standing = recognitions.standing(rows.stream().map(PublicationView::modelId).toList());
    var today = units.today();
    var result = new ArrayList<PublicModel>();
    for (var row : rows) {
      var held = standing.get(row.modelId());
      if (held == null) {
        continue;
      }
      var model = models.disseminated(row.modelId());
      if (withdrawn(model)) {
        continue;
      }
      var place = PublicPlace.of(model.unitCode(), units.chain(model.unitCode(), today));
      result.add(publicModel(row, model, place, highest(held)));
    }
    result.sort(NEWEST_FIRST);
    return List.copyOf(result);
  }

  private static boolean withdrawn(ModelView model) {
    return model
        .latestRegistration()
        .map(r -> r.state() == RegistrationState.WITHDRAWN)
        .orElse(true);
  }

  /** The recognition a model stands on: the highest level, the latest year. */
  private static RecognitionView highest(List<RecognitionView> held) {
    return held.stream()
        .max(Comparator.comparing(RecognitionView::level).thenComparingInt(RecognitionView::year))
        .orElseThrow();
  }

  private PublicModel publicModel(
      PublicationView row, ModelView model, PublicPlace place, RecognitionView best) {
    var details = model.details();
    return new PublicModel(
        row.modelId(),
        Slugs.of(row.publicTitle()),
        row.publicTitle(),
        row.publicSummary(),
        place.unitCode(),
        place.unitName(),
        place.districtCode(),
        place.districtName(),
        details.fieldCode(),
        details.movementCodes(),
        details.ownerKind(),
        row.publicPersonName(),
        row.publicPersonPosition(),
        best.level(),
        best.year(),
        best.decisionNumber(),
        row.publicPhotos(),
        row.publishedAt(),
        replications.spread(row.modelId()),
        TextFolding.fold(
            String.join(
                " ",
                row.publicTitle(),
                row.publicSummary(),
                place.unitName(),
                place.districtName())));
  }

  /** Where a model spread, as read for its public page. */
  @Cacheable(cacheNames = CACHE, key = "'lineage:' + #id")
  public Replications.Tree lineage(long id) {
    return replications.disseminatedLineage(id);
  }

  /** The province's figures for each year of the movement up to this one. */
  @Cacheable(cacheNames = CACHE, key = "'figures'")
  public PublicFigures figures() {
    var years = IntStream.rangeClosed(FIRST_YEAR, units.today().getYear()).boxed().toList();
    return published.of(years);
  }

  // Each change empties this cache first (beforeInvocation), then the kept pages: a page rendered
  // after that reads the new data, one rendered across it is not kept (PublicPages).

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @CacheEvict(cacheNames = CACHE, allEntries = true, beforeInvocation = true)
  public void changed(ShowcaseChanged change) {
    pages.forget();
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @CacheEvict(cacheNames = CACHE, allEntries = true, beforeInvocation = true)
  public void revoked(RecognitionRevoked revocation) {
    pages.forget();
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @CacheEvict(cacheNames = CACHE, allEntries = true, beforeInvocation = true)
  public void granted(RecognitionGranted recognition) {
    pages.forget();
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @CacheEvict(
      cacheNames = CACHE,
      allEntries = true,
      beforeInvocation = true,
      condition = "#move.state().name() == 'WITHDRAWN'")
  public void moved(RegistrationMoved move) {
    if (move.state() == RegistrationState.WITHDRAWN) {
      pages.forget();
    }
  }
}
