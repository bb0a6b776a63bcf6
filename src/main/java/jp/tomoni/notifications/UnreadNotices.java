package jp.tomoni.notifications;

import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of unread notices, shown next to お知らせ in the header of every page of a signed-in person. Counted only
 * when a page shows it: a request answered by a redirect (every form's POST) never asks the database.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadNotices {

	/** The count, asked for by the layout when it renders the header; counted once. */
	public static final class Count {

		private final Notices notices;

		private final long accountId;

		private @Nullable Long count;

		Count(Notices notices, long accountId) {
			this.notices = notices;
			this.accountId = accountId;
		}

		public long value() {
			if (count == null) {
				count = notices.unread(accountId);
			}
			return count;
		}
	}

	/** Looked up per request: a test slice of the web layer (@WebMvcTest) has the advice but not the service. */
	private final ObjectProvider<Notices> notices;

	UnreadNotices(ObjectProvider<Notices> notices) {
		this.notices = notices;
	}

	@ModelAttribute("unreadNotices")
	@Nullable Count unreadNotices() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson person)) {
			return null;
		}
		Notices service = notices.getIfAvailable();
		return service == null ? null : new Count(service, person.accountId());
	}
}
