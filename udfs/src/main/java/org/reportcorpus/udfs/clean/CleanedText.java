package org.reportcorpus.udfs.clean;

import java.io.Serializable;
import java.util.List;

/**
 * A document after {@link BoilerplateStripper}: the body, what was removed, and the facts the
 * removed chrome carried.
 *
 * @param text the body without boilerplate and without a repeated copy of itself
 * @param stripped every removed line or fragment, in document order; a dropped repeat of the body
 *     is one entry
 * @param page the page metadata block (索引号, 文件编号…), {@link PageMetadata#EMPTY} if none
 * @param pageTitle the page's 信息名称 / 标题 field, or null
 * @param source the page's 来源 field or a dateline's source (e.g. 法治日报法治政府), or null
 * @param datelineDate the date of a news dateline ({@code ( 2021-09-03 ) 稿件来源:…}), {@code
 *     yyyy-MM-dd}, or null
 */
public record CleanedText(
    String text,
    List<String> stripped,
    PageMetadata page,
    String pageTitle,
    String source,
    String datelineDate)
    implements Serializable {

  public CleanedText {
    stripped = stripped == null ? List.of() : List.copyOf(stripped);
    page = page == null ? PageMetadata.EMPTY : page;
  }
}
