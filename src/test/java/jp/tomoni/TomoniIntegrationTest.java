package jp.tomoni;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application against the test database: in-memory H2 by default, PostgreSQL when .ci/run passes
 * {@code -Dtomoni.test.datasource.url=jdbc:postgresql://…} (see pom.xml). Demonstration accounts are loaded;
 * tests create their own records with unique addresses so they can share one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
public @interface TomoniIntegrationTest {
}
