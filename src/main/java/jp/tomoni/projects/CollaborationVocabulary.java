package jp.tomoni.projects;

import java.util.List;
import java.util.Optional;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's vocabulary of collaboration (decision 0063): its forms of collaboration with their default zones,
 * and its principles of collaboration, in the administrators' order; retired entries are included (flagged) since
 * records keep them. Presets of the seeds' municipalities add what is missing, never remove or rename.
 */
@Service
public class CollaborationVocabulary {

	/** What loading a preset added, by code. */
	public record PresetLoaded(String preset, List<String> forms, List<String> principles) {
	}

	private final CollaborationFormRepository forms;

	private final CollaborationPrincipleRepository principles;

	private final AuditLog auditLog;

	CollaborationVocabulary(CollaborationFormRepository forms, CollaborationPrincipleRepository principles,
			AuditLog auditLog) {
		this.forms = forms;
		this.principles = principles;
		this.auditLog = auditLog;
	}

	/** Every form of collaboration, retired ones too, in order. */
	@Transactional(readOnly = true)
	public List<CollaborationFormView> forms() {
		return forms.inOrder().stream().map(CollaborationForm::toView).toList();
	}

	/** Every principle of collaboration, retired ones too, in order. */
	@Transactional(readOnly = true)
	public List<CollaborationPrincipleView> principles() {
		return principles.inOrder().stream().map(CollaborationPrinciple::toView).toList();
	}

	@Transactional(readOnly = true)
	public Optional<CollaborationFormView> form(String code) {
		return forms.findById(code).map(CollaborationForm::toView);
	}

	/** The presets an administrator can load. */
	public List<CollaborationPresets.Preset> presets() {
		return CollaborationPresets.ALL;
	}

	/**
	 * Adds the preset's forms and principles whose codes the lists lack, at the end and in the preset's order; what is
	 * there already (renamed or retired) stays as it is. Audited: the loading, and each entry it added.
	 *
	 * @throws PresetNotFound for an unknown preset
	 */
	@Transactional
	public PresetLoaded loadPreset(String code) {
		CollaborationPresets.Preset preset = CollaborationPresets.of(code).orElseThrow(() -> new PresetNotFound(code));
		int formOrder = forms.inOrder().stream().mapToInt(CollaborationForm::sortOrder).max().orElse(0);
		List<String> addedForms = new java.util.ArrayList<>();
		for (CollaborationPresets.FormPreset form : preset.forms()) {
			if (!forms.existsById(form.code())) {
				formOrder += 10;
				forms.save(new CollaborationForm(form.code(), form.name(), form.nameEn(), formOrder, form.defaultZone(),
						form.commission()));
				addedForms.add(form.code());
				auditLog.record(new AuditRecord("collaboration-form.created", "collaboration-form", form.code()));
			}
		}
		int principleOrder = principles.inOrder().stream().mapToInt(CollaborationPrinciple::sortOrder).max().orElse(0);
		List<String> addedPrinciples = new java.util.ArrayList<>();
		for (CollaborationPresets.PrinciplePreset principle : preset.principles()) {
			if (!principles.existsById(principle.code())) {
				principleOrder += 10;
				principles.save(new CollaborationPrinciple(principle.code(), principle.name(), principle.nameEn(),
						principleOrder, principle.description()));
				addedPrinciples.add(principle.code());
				auditLog.record(
						new AuditRecord("collaboration-principle.created", "collaboration-principle", principle.code()));
			}
		}
		auditLog.record(new AuditRecord("collaboration-preset.loaded", "collaboration-preset", code));
		return new PresetLoaded(code, List.copyOf(addedForms), List.copyOf(addedPrinciples));
	}

	/** No preset of this code: a 404. */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	static class PresetNotFound extends RuntimeException {

		PresetNotFound(String code) {
			super("collaboration preset " + code);
		}
	}
}
