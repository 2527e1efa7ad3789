package org.reportcorpus.generator;

import org.reportcorpus.udfs.region.AdminLevel;

/**
 * A real region that files reports in the synthetic corpus, with the words a report of it uses
 * for itself.
 *
 * @param code six-digit GB/T 2260 code
 * @param name full name, e.g. 常熟市
 * @param level PROVINCE, PREFECTURE or COUNTY
 * @param province full name of its province (itself for a province)
 * @param prefecture full name of its prefecture (itself for a prefecture, the municipality for a
 *     municipality's district), empty for a province or a province-administered county
 * @param issuer the government that signs its reports, e.g. 常熟市人民政府
 * @param addressee the body its report is addressed to, e.g. 苏州市人民政府
 * @param scope the word for "the whole region" in running text (全市, 全县…)
 * @param government the short word for its government (市政府, 县政府…)
 * @param justiceBureau its justice bureau (市司法局, 省司法厅…)
 * @param lowerUnits the units one level down, e.g. 乡镇(街道)
 */
record ReportingRegion(
    String code,
    String name,
    AdminLevel level,
    String provinceCode,
    String province,
    String prefecture,
    String issuer,
    String addressee,
    String scope,
    String government,
    String justiceBureau,
    String lowerUnits) {

  /** The department names a government of this level has, for department-issued reports. */
  String[] departments() {
    if (level == AdminLevel.PROVINCE && !name.endsWith("市")) {
      return new String[] {"司法厅", "市场监督管理局", "交通运输厅", "自然资源厅", "住房和城乡建设厅", "农业农村厅",
        "应急管理厅", "人力资源和社会保障厅", "卫生健康委员会"};
    }
    return new String[] {"司法局", "市场监督管理局", "交通运输局", "自然资源局", "住房和城乡建设局", "农业农村局",
      "应急管理局", "人力资源和社会保障局", "卫生健康委员会"};
  }
}
