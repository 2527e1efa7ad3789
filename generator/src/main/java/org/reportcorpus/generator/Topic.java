package org.reportcorpus.generator;

/**
 * The subject areas a report's sections are organised by. A dictionary category maps to one of
 * them; categories the generator does not know (another --terms file) fall back to GENERAL.
 */
enum Topic {
  SERVICE("政务服务"),
  ENFORCEMENT("行政执法"),
  DECISION("决策"),
  OVERSIGHT("监督"),
  DIGITAL("数字化"),
  GRASSROOTS("基层治理"),
  PUBLICITY("法治宣传"),
  GENERAL(null);

  private final String category;

  Topic(String category) {
    this.category = category;
  }

  static Topic ofCategory(String category) {
    for (Topic topic : values()) {
      if (topic.category != null && topic.category.equals(category)) {
        return topic;
      }
    }
    return GENERAL;
  }
}
