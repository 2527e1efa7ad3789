package org.reportcorpus.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.jobs.config.DedupSettings;

class NearDuplicatesTest {

  private static final StructType DOCS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("source_path", DataTypes.StringType, false),
      DataTypes.createStructField("published_date", DataTypes.DateType, true),
      DataTypes.createStructField("text", DataTypes.StringType, false)));

  private static final String BODY = String.join("", java.util.Collections.nCopies(1,
      "2023年,泗阳县坚持以习近平法治思想为指导,认真贯彻落实省、市法治政府建设工作部署。"
      + "一、主要举措和成效。有序开展全口径权责清单试点工作,助力实现部门职能的精细化管理。"
      + "依托省权责清单管理系统,对32家县级部门权力事项进行动态调整。实行窗口服务管理,重点项目帮办精准告知。"
      + "持续推进极简审批改革,审批材料精简80%以上,审批环节减少76%,审批时限平均缩短92%。"
      + "二、存在的不足。法治宣传的针对性还需增强,基层执法力量仍显薄弱。三、下一步工作安排。"));

  @Test
  void aRepostWithSmallEditsPointsToTheEarlierOriginal() {
    String repost = BODY.replace("32家", "33家").replace("92%", "90%") + "扫一扫在手机打开当前页";
    String other = "本报讯 今年以来,某市聚焦营商环境优化,推出一系列便民举措,群众办事更加便利,企业开办时间压缩到一天以内。"
        + "记者了解到,该市还将继续深化改革,推动更多事项网上办理、掌上办理。";
    Dataset<Row> documents = SharedSpark.get().createDataFrame(List.of(
        RowFactory.create("b-repost", "/site2/r.txt", Date.valueOf("2024-03-01"), repost),
        RowFactory.create("a-original", "/site1/r.txt", Date.valueOf("2024-02-01"), BODY),
        RowFactory.create("c-other", "/site3/n.txt", null, other)), DOCS);

    List<Row> duplicates = NearDuplicates.find(documents, new DedupSettings(0.8, 5, 12, 8, 1 << 18, 17L))
        .collectAsList();

    assertEquals(1, duplicates.size(), duplicates.toString());
    assertEquals("b-repost", duplicates.get(0).getAs("doc_id"));
    assertEquals("a-original", duplicates.get(0).getAs("duplicate_of"));
    double similarity = duplicates.get(0).getAs("similarity");
    assertTrue(similarity >= 0.8 && similarity < 1.0, "similarity " + similarity);
  }

  @Test
  void rejectsAThresholdOutsideZeroToOne() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new DedupSettings(1.5, 5, 12, 8, 1024, 1L));
  }
}
