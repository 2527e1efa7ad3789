package org.reportcorpus.udfs.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DepartmentNameTest {

  @Test
  void departmentNames() {
    assertEquals("司法局", DepartmentName.after("司法局2022年", 0));
    assertEquals("人民政府办公室", DepartmentName.after("人民政府办公室关于", 0));
    assertEquals("公安局", DepartmentName.after("公安局交通警察支队", 0));
    assertEquals("市场监督管理局", DepartmentName.after("常熟市市场监督管理局关于", 3));
  }

  @Test
  void noDepartment() {
    assertNull(DepartmentName.after("人民政府关于2022年", 0));
    assertNull(DepartmentName.after("委依法治市办", 0));
    assertNull(DepartmentName.after("坚持以人民为中心", 0));
    assertNull(DepartmentName.after("", 0));
  }
}
