package org.reportcorpus.udfs.meta;

import java.io.Serializable;
import org.reportcorpus.udfs.region.RegionMatch;

/**
 * What a document says about itself. Fields are null when the document does not say.
 *
 * @param title the given title, else the document's own title line, else the page's 信息名称
 * @param docType {@code annual_report}, {@code work_report}, {@code news} or {@code other}
 * @param docTypeConfidence how sure the doc-type rules are, in [0, 1]
 * @param reportYear the year the report covers (a work report delivered in Y covers Y-1)
 * @param publishedDate {@code yyyy-MM-dd}: the signature date, else page metadata (生成日期, then
 *     公开日期), else a news dateline
 * @param issuer the signing body, 国务院 for the State Council's work reports, the newspaper for news
 * @param addressee the body the report is addressed to (苏州市人民政府), from the line ending ':'
 *     after the title
 * @param docNumber the document number (常政发〔2018〕9号), from page metadata or the head of the text
 * @param region the reporting region; null when it cannot be resolved without guessing
 * @param unresolvedRegionReason why {@code region} is null (null when it is not)
 */
public record DocumentMetadata(
    String title,
    String docType,
    double docTypeConfidence,
    Integer reportYear,
    String publishedDate,
    String issuer,
    String addressee,
    String docNumber,
    RegionMatch region,
    String unresolvedRegionReason)
    implements Serializable {}
