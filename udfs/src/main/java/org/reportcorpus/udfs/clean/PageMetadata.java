package org.reportcorpus.udfs.clean;

import java.io.Serializable;

/**
 * The metadata block a government web page prints above a document (政府信息公开 pages), read
 * before the block is stripped. Fields are null when the page does not carry them.
 *
 * @param indexNumber 索引号, e.g. {@code 014109429/2018-00032}
 * @param docNumber 文件编号 / 发文字号, e.g. {@code 常政发〔2018〕9号}
 * @param publisher 发布机构
 * @param generatedDate 生成日期 / 成文日期, {@code yyyy-MM-dd}
 * @param publicDate 公开日期 / 发布日期, {@code yyyy-MM-dd}
 */
public record PageMetadata(
    String indexNumber, String docNumber, String publisher, String generatedDate, String publicDate)
    implements Serializable {

  /** A page without a metadata block. */
  public static final PageMetadata EMPTY = new PageMetadata(null, null, null, null, null);

  public boolean isEmpty() {
    return indexNumber == null && docNumber == null && publisher == null && generatedDate == null
        && publicDate == null;
  }
}
