package jp.tomoni.projects;

import java.util.List;
import java.util.Optional;

/**
 * The vocabularies of the seeds' municipalities, in their own words, that an administrator can load (decision 0063).
 * Codes name the idea, not the wording: Fuchu's 委託 and Yamaguchi's 協働委託 are both {@code commission}, so loading a
 * second preset adds only the ideas the list lacks and never renames or removes what the municipality has.
 */
public final class CollaborationPresets {

	/** A form as a preset ships it. */
	public record FormPreset(String code, String name, String nameEn, Zone defaultZone, boolean commission) {
	}

	/** A principle as a preset ships it, with the seed's explanation where it gives one. */
	public record PrinciplePreset(String code, String name, String nameEn, String description) {
	}

	/**
	 * One municipality's set.
	 *
	 * @param source the plan and section the wording comes from
	 */
	public record Preset(String code, String municipality, String municipalityEn, String source,
			List<FormPreset> forms, List<PrinciplePreset> principles) {
	}

	private static final FormPreset CO_HOSTING = new FormPreset("co-hosting", "共催", "Co-hosting", Zone.JOINT, false);

	/** 山口市協働推進プラン 第3章1(5): nine forms; zones from its figure of the zones of collaboration. */
	private static final List<FormPreset> YAMAGUCHI_FORMS = List.of(CO_HOSTING,
			new FormPreset("patronage", "後援", "Patronage", Zone.CITIZEN_LED, false),
			new FormPreset("executive-committee", "実行委員会（協議会）", "Executive committee (council)", Zone.JOINT, false),
			new FormPreset("adopt", "アドプト制度（里親制度）", "Adopt programme", Zone.JOINT, false),
			new FormPreset("business-cooperation", "事業協力", "Project cooperation", Zone.JOINT, false),
			new FormPreset("commission", "協働委託", "Collaborative commission", Zone.JOINT, true),
			new FormPreset("grant", "補助、助成", "Grants and subsidies", Zone.CITIZEN_LED, false),
			new FormPreset("policy-proposal", "参画提案・政策提案", "Participation and policy proposals", Zone.CITY_LED,
					false),
			new FormPreset("information-exchange", "情報提供・情報交換", "Information sharing and exchange", Zone.CITY_LED,
					false));

	/** 府中市市民協働の推進に関する基本方針 第3章2: seven forms, ア to キ; zones from its table of 協働の領域. */
	private static final List<FormPreset> FUCHU_FORMS = List.of(CO_HOSTING,
			new FormPreset("executive-committee", "実行委員会・協議会", "Executive committee or council", Zone.JOINT, false),
			new FormPreset("business-cooperation", "事業協力", "Project cooperation", Zone.JOINT, false),
			new FormPreset("commission", "委託", "Commission", Zone.CITY_LED, true),
			new FormPreset("patronage", "後援・協賛", "Patronage and sponsorship", Zone.CITIZEN_LED, false),
			new FormPreset("grant", "補助", "Subsidy", Zone.CITIZEN_LED, false),
			new FormPreset("policy-proposal", "政策形成過程への参画", "Participation in policy making", Zone.CITY_LED,
					false));

	/** 第2次相模原市市民協働推進基本計画 I-5: 協働の基本原則 (five; the plan gives no explanation of each). */
	private static final List<PrinciplePreset> SAGAMIHARA_PRINCIPLES = List.of(
			new PrinciplePreset("mutual-understanding", "相互理解", "Mutual understanding", ""),
			new PrinciplePreset("shared-purpose", "目的共有", "Shared purpose", ""),
			new PrinciplePreset("role-agreement", "役割合意と協力", "Agreed roles and cooperation", ""),
			new PrinciplePreset("autonomy", "自立", "Independence", ""),
			new PrinciplePreset("disclosure", "透明性の確保", "Transparency", ""));

	/** 山口市協働推進プラン 第3章3: 協働に向けての基本的な考え方 (six). */
	private static final List<PrinciplePreset> YAMAGUCHI_PRINCIPLES = List.of(
			new PrinciplePreset("shared-purpose", "目的共有", "Shared purpose",
					"協働する主体は、達成しようとする目的を共有することが不可欠です。"),
			new PrinciplePreset("mutual-understanding", "相互理解", "Mutual understanding",
					"協働する主体は、互いの特性や価値観、行動原理の違いの相互理解に努めることが大切です。"),
			new PrinciplePreset("equality", "相互尊重・対等な関係", "Mutual respect and equal partnership",
					"協働する主体は、お互いがまちづくりのパートナー（相手方）であるという意識を持ち、お互いに尊重しながら、信頼関係を築いていくことが大切です。"),
			new PrinciplePreset("autonomy", "自主性・自立性の尊重", "Respect for autonomy and independence",
					"協働する主体は、お互いの活動の自主性や自立性を尊重することが必要です。"),
			new PrinciplePreset("disclosure", "情報公開・情報共有", "Disclosure and shared information",
					"協働する主体は、その活動内容の透明性を確保することが大切です。"),
			new PrinciplePreset("evaluation", "評価", "Evaluation",
					"協働の評価は、事業の結果だけでなく、協働する双方の関係を含めて、各段階において客観的に評価する過程を組み込み、検証していく必要があります。"));

	/** 府中市市民協働の推進に関する基本方針 第2章5: 協働の原則 (six). */
	private static final List<PrinciplePreset> FUCHU_PRINCIPLES = List.of(
			new PrinciplePreset("shared-purpose", "目的共有", "Shared purpose",
					"地域課題の解決や社会的な目的の実現に向け、公益的な価値を相乗的に生み出すために協働することを相互に理解・認識します。"),
			new PrinciplePreset("equality", "対等", "Equality",
					"対等な協力関係にあるとの認識の下、役割分担を明確にして、それぞれが責任を持って取り組みます。"),
			new PrinciplePreset("mutual-understanding", "相互理解", "Mutual understanding",
					"対話を通じ、十分なコミュニケーションを図り、互いの立場や特性について理解を深めるとともに、信頼関係を築きます。"),
			new PrinciplePreset("autonomy", "自主性尊重・自立化", "Respect for autonomy and self-reliance",
					"それぞれの特性や長所をいかせるよう、その自主性を尊重するとともに、市民等が自立して活動できるよう、取組を進めます。"),
			new PrinciplePreset("evaluation", "評価", "Evaluation",
					"協働の質や効果を高めるため、一定の時期に協働事業を客観的に評価・検証します。"),
			new PrinciplePreset("disclosure", "情報公開", "Disclosure",
					"透明性を高め、信頼関係を築くため、協働事業に関する情報を積極的に公開します。"));

	/** 第2次佐久市協働のまちづくり計画（骨子案） 3(5): 協働の原則 (five). */
	private static final List<PrinciplePreset> SAKU_PRINCIPLES = List.of(
			new PrinciplePreset("equality", "対等", "Equality",
					"協働に関わるすべての主体は、上下関係ではなく、互いに対等な関係を保つことが基本であることを認識し、まちづくりのための良きパートナーとして認め合うことが必要です。"),
			new PrinciplePreset("disclosure", "公開", "Openness",
					"協働についての社会的な理解を得るためには、市民活動団体などの参加機会を広く確保するとともに、協働のプロセスや成果などを積極的に情報公開していくことが必要です。"),
			new PrinciplePreset("shared-purpose", "共有", "Sharing",
					"協働に関わるすべての主体が、取り組む目的・目標について十分に協議し、共有することが重要です。"),
			new PrinciplePreset("autonomy", "自主性・自立性の尊重", "Respect for autonomy and independence",
					"お互いの自主性を尊重し、それぞれの力を発揮し合うことが重要です。"),
			new PrinciplePreset("evaluation", "評価・検証", "Evaluation and verification",
					"協働事業は、常に振り返りと評価を行い、良かった点やうまくいかなかった点について検証するとともに、継続の必要性について検討し、改善につなげることが重要です。"));

	/** Every preset: Sagamihara (the demonstration municipality) first. */
	public static final List<Preset> ALL = List.of(
			new Preset("sagamihara", "相模原市", "Sagamihara", "第2次相模原市市民協働推進基本計画", List.of(),
					SAGAMIHARA_PRINCIPLES),
			new Preset("yamaguchi", "山口市", "Yamaguchi", "山口市協働推進プラン", YAMAGUCHI_FORMS, YAMAGUCHI_PRINCIPLES),
			new Preset("fuchu", "府中市", "Fuchu", "府中市市民協働の推進に関する基本方針", FUCHU_FORMS, FUCHU_PRINCIPLES),
			new Preset("saku", "佐久市", "Saku", "第2次佐久市協働のまちづくり計画", List.of(), SAKU_PRINCIPLES));

	private CollaborationPresets() {
	}

	public static Optional<Preset> of(String code) {
		return ALL.stream().filter(p -> p.code().equals(code)).findFirst();
	}
}
