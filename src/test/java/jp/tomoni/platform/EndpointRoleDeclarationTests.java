package jp.tomoni.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.tomoni.TomoniIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Deny by default: every handler of the application declares the roles that may use it. */
@TomoniIntegrationTest
class EndpointRoleDeclarationTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyApplicationEndpointDeclaresItsRoles() {
		List<String> undeclared = handlerMapping.getHandlerMethods()
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue().getBeanType().getPackageName().startsWith("jp.tomoni"))
			.filter(entry -> !AnnotatedElementUtils.hasAnnotation(entry.getValue().getMethod(), PreAuthorize.class)
					&& !AnnotatedElementUtils.hasAnnotation(entry.getValue().getBeanType(), PreAuthorize.class))
			.map(entry -> entry.getKey() + " → " + entry.getValue())
			.toList();
		assertThat(handlerMapping.getHandlerMethods()).isNotEmpty();
		assertThat(undeclared).as("endpoints without @PreAuthorize").isEmpty();
	}
}
