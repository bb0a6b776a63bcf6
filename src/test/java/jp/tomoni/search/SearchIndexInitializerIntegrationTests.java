package jp.tomoni.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManagerFactory;
import jp.tomoni.TomoniIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

/** An index on disk written with other analysers is rebuilt at start-up, and notes the version it was built with. */
@TomoniIntegrationTest
class SearchIndexInitializerIntegrationTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void anIndexOfAnOlderAnalysisVersionIsRebuiltAndMarked(@TempDir Path root) throws Exception {
		Files.writeString(root.resolve(SearchIndexInitializer.VERSION_FILE), "1");
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.jpa.properties.hibernate.search.backend.directory.root", root.toString());

		new SearchIndexInitializer(entityManagerFactory, environment).rebuildStaleIndexes();

		assertThat(Files.readString(root.resolve(SearchIndexInitializer.VERSION_FILE)))
			.isEqualTo(String.valueOf(JapaneseAnalysisConfigurer.VERSION));
	}

	@Test
	void anIndexKeptInMemoryHasNoVersionFile(@TempDir Path root) throws Exception {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.jpa.properties.hibernate.search.backend.directory.root", root.toString())
			.withProperty("spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap");

		new SearchIndexInitializer(entityManagerFactory, environment).rebuildStaleIndexes();

		assertThat(root.resolve(SearchIndexInitializer.VERSION_FILE)).doesNotExist();
	}
}
