package vn.dvk.reporting.domain;

import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dvk.shared.WorkChanged;

/**
 * Keeps the reports' read model true: recomputes the units whose work a transaction changed, in
 * that transaction, and builds the whole model at start-up when it never was, or when {@code
 * dvk.reports.rebuild} asks for it (the command that recomputes it from the source tables): first
 * of the start-up's runners, before the demo or a generator loads anything.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FigureMaintenance implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FigureMaintenance.class);

  private final UnitFigures figures;
  private final boolean rebuild;

  FigureMaintenance(UnitFigures figures, @Value("${dvk.reports.rebuild:false}") boolean rebuild) {
    this.figures = figures;
    this.rebuild = rebuild;
  }

  @EventListener
  void changed(WorkChanged changed) {
    if (changed.everything()) {
      figures.rebuild();
      return;
    }
    var units = new TreeSet<>(changed.unitCodes());
    units.addAll(figures.unitsOfModels(changed.modelIds()));
    figures.refresh(units);
  }

  @Override
  public void run(ApplicationArguments arguments) {
    if (rebuild || !figures.built()) {
      var start = System.nanoTime();
      figures.rebuild();
      log.info("Report figures rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
  }
}
