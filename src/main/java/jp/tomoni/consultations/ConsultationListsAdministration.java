package jp.tomoni.consultations;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.MasterListController;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RequestMapping;

/** The two lists of the log on the administrators' master-list pages: {@code /admin/consultation-desks} and {@code -topics}. */
final class ConsultationListsAdministration {

	private ConsultationListsAdministration() {
	}

	private static Map<String, Long> counted(List<Object[]> rows) {
		return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
	}

	@Service
	static class Desks extends ListAdministration<ConsultationDesk> {

		private final ConsultationRepository consultations;

		private final Municipalities municipalities;

		Desks(ConsultationDeskRepository desks, ConsultationRepository consultations, Municipalities municipalities,
				AuditLog auditLog) {
			super(desks, ConsultationDesk::new, "consultation-desk", auditLog);
			this.consultations = consultations;
			this.municipalities = municipalities;
		}

		@Override
		Map<String, Long> uses() {
			return counted(consultations.countAllByDesk(municipalities.current().code()));
		}
	}

	@Service
	static class Topics extends ListAdministration<ConsultationTopic> {

		private final ConsultationRepository consultations;

		private final Municipalities municipalities;

		Topics(ConsultationTopicRepository topics, ConsultationRepository consultations, Municipalities municipalities,
				AuditLog auditLog) {
			super(topics, ConsultationTopic::new, "consultation-topic", auditLog);
			this.consultations = consultations;
			this.municipalities = municipalities;
		}

		@Override
		Map<String, Long> uses() {
			return counted(consultations.countAllByTopic(municipalities.current().code()));
		}
	}

	@Controller
	@RequestMapping("/admin/consultation-desks")
	@PreAuthorize("hasRole('ADMIN')")
	static class DeskController extends MasterListController {

		DeskController(Desks desks, MessageSource messages) {
			super(desks, "/admin/consultation-desks", "consultationDesk", messages);
		}
	}

	@Controller
	@RequestMapping("/admin/consultation-topics")
	@PreAuthorize("hasRole('ADMIN')")
	static class TopicController extends MasterListController {

		TopicController(Topics topics, MessageSource messages) {
			super(topics, "/admin/consultation-topics", "consultationTopic", messages);
		}
	}
}
