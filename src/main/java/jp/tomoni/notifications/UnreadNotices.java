package jp.tomoni.notifications;

import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread notices, shown next to the menu's お知らせ on every page of a signed-in person. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadNotices {

	/** Looked up per request: a test slice of the web layer (@WebMvcTest) has the advice but not the service. */
	private final ObjectProvider<Notices> notices;

	UnreadNotices(ObjectProvider<Notices> notices) {
		this.notices = notices;
	}

	@ModelAttribute("unreadNotices")
	@Nullable Long unreadNotices() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson person)) {
			return null;
		}
		Notices service = notices.getIfAvailable();
		return service == null ? null : service.unread(person.accountId());
	}
}
