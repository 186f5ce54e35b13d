package vn.dvk.recognition.web;

import java.util.HashSet;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvk.models.MobilizationModels;
import vn.dvk.recognition.DecisionView;
import vn.dvk.recognition.RecognitionPapers;
import vn.dvk.recognition.Recognitions;
import vn.dvk.shared.MovementYear;
import vn.dvk.shared.web.ApiPage;
import vn.dvk.shared.web.PageLinks;

/** The decisions a user may read, by year, and a decision with the models it lists. */
@Controller
class DecisionsController {

  private final Recognitions recognitions;
  private final MobilizationModels models;
  private final UnitNames names;
  private final RecognitionPapers papers;

  DecisionsController(
      Recognitions recognitions,
      MobilizationModels models,
      UnitNames names,
      RecognitionPapers papers) {
    this.recognitions = recognitions;
    this.models = models;
    this.names = names;
    this.papers = papers;
  }

  /** The decisions, a page at a time; htmx asks for the results alone. */
  @GetMapping("/recognition/decisions")
  String list(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    var decisions = ApiPage.slice(recognitions.decisions(year, unit), page, size);
    model.addAttribute("decisions", decisions);
    model.addAttribute(
        "links",
        PageLinks.of("/recognition/decisions", decisions).with("year", year).with("unit", unit));
    model.addAttribute("year", year);
    model.addAttribute("unit", unit);
    var codes = new HashSet<String>();
    decisions.items().forEach(d -> codes.add(d.issuingUnitCode()));
    model.addAttribute("unitNames", names.full(codes));
    return htmx == null ? "rounds/decisions" : "rounds/decisions :: results";
  }

  @GetMapping("/recognition/decisions/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    return Pdf.decision(papers, recognitions.decision(id));
  }

  @GetMapping("/recognition/decisions/{id}/certificates/{recognitionId}/pdf")
  ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long recognitionId) {
    return Pdf.certificate(papers, recognitions.decision(id), recognitionId);
  }

  @GetMapping("/recognition/decisions/{id}")
  String decision(@PathVariable long id, Model model) {
    DecisionView decision = recognitions.decision(id);
    var summaries =
        models.summaries(decision.recognitions().stream().map(r -> r.modelId()).toList());
    var codes = new HashSet<String>();
    codes.add(decision.issuingUnitCode());
    summaries.values().forEach(s -> codes.add(s.unitCode()));
    model.addAttribute("decision", decision);
    model.addAttribute("summaries", summaries);
    model.addAttribute("unitNames", names.full(codes));
    return "rounds/decision";
  }
}
