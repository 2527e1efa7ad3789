package org.reportcorpus.udfs.sections;

import java.io.Serializable;

/**
 * One top-level part of a report.
 *
 * @param ordinal 0 for the preamble (text before the first heading; no preamble row when the report
 *     starts with its first heading), else the part's number in the report (一、 is 1); an
 *     unnumbered closing part (「2018年是…之年…」) gets the next number
 * @param kind {@code achievements}, {@code responsibility}, {@code shortcomings}, {@code plans} or
 *     {@code other}
 * @param heading the heading as written, numbering included (「三、存在的不足和原因」); null for the
 *     preamble and for an unnumbered part
 * @param text the part's text after its heading, sub-parts ((一), 一是, 1.) included; never null
 */
public record Section(int ordinal, String kind, String heading, String text) implements Serializable {}
