package jp.tomoni.talent;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TalentSkillRepository extends JpaRepository<TalentSkill, String> {

	@Query("select s from TalentSkill s order by s.sortOrder, s.code")
	List<TalentSkill> inOrder();
}
