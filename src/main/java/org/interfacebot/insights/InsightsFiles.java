package org.interfacebot.insights;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interfacebot.chat.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files behind signed links: the statistics chart (Teams fetches it to show the card) and a
 * chair's CSV export. A link whose signature does not match gets 403, an expired one 410, each with
 * a plain sentence; nothing is looked up before the signature is checked.
 */
@RestController
class InsightsFiles {

  private static final Logger log = LoggerFactory.getLogger(InsightsFiles.class);
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final SignedLinks links;
  private final StatsCards stats;
  private final IssueFigures figures;
  private final Texts texts;
  private final java.time.Clock clock;

  InsightsFiles(
      SignedLinks links,
      StatsCards stats,
      IssueFigures figures,
      Texts texts,
      java.time.Clock clock) {
    this.clock = clock;
    this.links = links;
    this.stats = stats;
    this.figures = figures;
    this.texts = texts;
  }

  @GetMapping(StatsCards.CHART_PATH)
  ResponseEntity<byte[]> chart(
      @RequestParam(name = "g", defaultValue = "") String group,
      @RequestParam(name = "p", defaultValue = "") String period,
      @RequestParam(name = "at", defaultValue = "") String at,
      @RequestParam(name = "exp", defaultValue = "") String exp,
      @RequestParam(name = "sig", defaultValue = "") String sig) {
    var parameters = new LinkedHashMap<String, String>();
    parameters.put("g", group);
    parameters.put("p", period);
    parameters.put("at", at);
    var refused = refusal(StatsCards.CHART_PATH, parameters, exp, sig);
    if (refused != null) {
      return refused;
    }
    var parsed = Period.parse(period, Instant.ofEpochSecond(Long.parseLong(at)));
    if (parsed.isEmpty()) {
      return plain(HttpStatus.FORBIDDEN, "insights.link.tampered");
    }
    byte[] png = stats.chart(Long.parseLong(group), parsed.get());
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
        .body(png);
  }

  @GetMapping(ExportCommand.PATH)
  ResponseEntity<byte[]> export(
      @RequestParam(name = "g", defaultValue = "") String group,
      @RequestParam(name = "n", defaultValue = "") String nonce,
      @RequestParam(name = "exp", defaultValue = "") String exp,
      @RequestParam(name = "sig", defaultValue = "") String sig) {
    var parameters = new LinkedHashMap<String, String>();
    parameters.put("g", group);
    parameters.put("n", nonce);
    var refused = refusal(ExportCommand.PATH, parameters, exp, sig);
    if (refused != null) {
      return refused;
    }
    long groupId = Long.parseLong(group);
    var issues = figures.exported(groupId);
    log.info("Export of group {} downloaded: {} issues", groupId, issues.size());
    byte[] csv = IssuesCsv.of(issues, texts).getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[BOM.length + csv.length];
    System.arraycopy(BOM, 0, body, 0, BOM.length);
    System.arraycopy(csv, 0, body, BOM.length, csv.length);
    String filename =
        texts.get("insights.export.filename", Period.dayOf(clock.instant()).toString());
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            "Content-Disposition",
            ContentDisposition.attachment().filename(filename).build().toString())
        .cacheControl(CacheControl.noStore())
        .header("X-Content-Type-Options", "nosniff")
        .body(body);
  }

  private ResponseEntity<byte[]> refusal(
      String path, Map<String, String> parameters, String exp, String sig) {
    var signed = new LinkedHashMap<>(parameters);
    signed.put("exp", exp);
    signed.put("sig", sig);
    boolean wellFormed = parameters.get("g").matches("\\d{1,18}");
    return switch (wellFormed ? links.check(path, signed) : SignedLinks.Check.TAMPERED) {
      case VALID -> null;
      case EXPIRED ->
          plain(
              HttpStatus.GONE,
              path.equals(ExportCommand.PATH)
                  ? "insights.link.expired.export"
                  : "insights.link.expired.chart");
      case TAMPERED -> plain(HttpStatus.FORBIDDEN, "insights.link.tampered");
    };
  }

  private ResponseEntity<byte[]> plain(HttpStatus status, String key) {
    return ResponseEntity.status(status)
        .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .body(texts.get(key).getBytes(StandardCharsets.UTF_8));
  }
}
