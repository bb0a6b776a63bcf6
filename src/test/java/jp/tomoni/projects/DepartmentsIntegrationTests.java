package jp.tomoni.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The departments other modules offer in their forms: the shipped list, and a retired department kept for the
 * records that name it but no longer offered. (Administration pages: MasterListIntegrationTests.)
 */
@TomoniIntegrationTest
class DepartmentsIntegrationTests {

	@Autowired
	Departments departments;

	@Test
	void theShippedDepartmentsAreOfferedInOrder() {
		assertThat(departments.active()).extracting(DepartmentView::code)
			.startsWith("civic-collaboration", "ward-support")
			.contains("parks", "minami-ward");
		assertThat(departments.find("parks")).hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("都市建設局 公園課"));
	}

	@Test
	void aRetiredDepartmentIsKeptButNoLongerOffered() {
		String code = "dept-" + ThreadLocalRandom.current().nextInt(1_000_000);
		departments.add(code, "試験局 廃止予定課", "Test Division");
		assertThat(departments.active()).extracting(DepartmentView::code).contains(code);
		departments.retire(code, true);
		assertThat(departments.active()).extracting(DepartmentView::code).doesNotContain(code);
		assertThat(departments.find(code)).hasValueSatisfying(d -> assertThat(d.retired()).isTrue());
	}
}
