package jp.tomoni.groups;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A municipality's place and retirement of one kind of group, a preset or its own. */
@Entity
@Table(name = "group_kind_setting")
class GroupKindSetting {

	@EmbeddedId
	private Key id;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean retired;

	protected GroupKindSetting() {
	}

	GroupKindSetting(String municipalityCode, String kindCode, int sortOrder) {
		this.id = new Key(municipalityCode, kindCode);
		this.sortOrder = sortOrder;
	}

	String kindCode() {
		return id.kindCode;
	}

	int sortOrder() {
		return sortOrder;
	}

	void moveTo(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	boolean retired() {
		return retired;
	}

	void retire(boolean retired) {
		this.retired = retired;
	}

	@Embeddable
	static class Key implements Serializable {

		@Column(name = "municipality_code", length = 6)
		String municipalityCode;

		@Column(name = "kind_code", length = 40)
		String kindCode;

		protected Key() {
		}

		Key(String municipalityCode, String kindCode) {
			this.municipalityCode = municipalityCode;
			this.kindCode = kindCode;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && municipalityCode.equals(key.municipalityCode)
					&& kindCode.equals(key.kindCode);
		}

		@Override
		public int hashCode() {
			return municipalityCode.hashCode() * 31 + kindCode.hashCode();
		}
	}
}
