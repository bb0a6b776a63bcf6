package jp.tomoni.consultations;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.MasterListController;
import jp.tomoni.shared.MasterRows;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The two lists of the log (desks, topics) on the administrators' master-list pages: {@code /admin/consultation-desks}
 * and {@code /admin/consultation-topics}.
 */
final class ConsultationListsAdministration {

	private ConsultationListsAdministration() {
	}

	private static Map<String, Long> counted(List<Object[]> rows) {
		return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
	}

	@Service
	static class Desks extends MasterRows<ConsultationDesk> {

		private final ConsultationDeskRepository desks;

		private final ConsultationRepository consultations;

		private final Municipalities municipalities;

		private final AuditLog auditLog;

		Desks(ConsultationDeskRepository desks, ConsultationRepository consultations, Municipalities municipalities,
				AuditLog auditLog) {
			super(desks);
			this.desks = desks;
			this.consultations = consultations;
			this.municipalities = municipalities;
			this.auditLog = auditLog;
		}

		@Override
		protected List<ConsultationDesk> inOrder() {
			return desks.inOrder();
		}

		@Override
		protected ConsultationDesk create(String code, String name, String nameEn, int sortOrder) {
			return new ConsultationDesk(code, name, nameEn, sortOrder);
		}

		@Override
		protected Map<String, Long> uses() {
			return counted(consultations.countAllByDesk(municipalities.current().code()));
		}

		@Override
		protected void audited(String what, String code) {
			auditLog.record(new AuditRecord("consultation-desk." + what, "consultation-desk", code));
		}
	}


	@Service
	static class Topics extends MasterRows<ConsultationTopic> {

		private final ConsultationTopicRepository topics;

		private final ConsultationRepository consultations;

		private final Municipalities municipalities;

		private final AuditLog auditLog;

		Topics(ConsultationTopicRepository topics, ConsultationRepository consultations, Municipalities municipalities,
				AuditLog auditLog) {
			super(topics);
			this.topics = topics;
			this.consultations = consultations;
			this.municipalities = municipalities;
			this.auditLog = auditLog;
		}

		@Override
		protected List<ConsultationTopic> inOrder() {
			return topics.inOrder();
		}

		@Override
		protected ConsultationTopic create(String code, String name, String nameEn, int sortOrder) {
			return new ConsultationTopic(code, name, nameEn, sortOrder);
		}

		@Override
		protected Map<String, Long> uses() {
			return counted(consultations.countAllByTopic(municipalities.current().code()));
		}

		@Override
		protected void audited(String what, String code) {
			auditLog.record(new AuditRecord("consultation-topic." + what, "consultation-topic", code));
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
