package org.reportcorpus.udfs.meta;

/** Document types, stored by their lower-case names. */
public enum DocType {
  /** 法治政府建设年度报告 and similar yearly reports of a government or department. */
  ANNUAL_REPORT,
  /** 政府工作报告: delivered in year Y, reviewing year Y-1. */
  WORK_REPORT,
  /** Press articles about a region's work. */
  NEWS,
  OTHER;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
