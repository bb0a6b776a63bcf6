package jp.tomoni.projects;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectCaseStoryRepository extends JpaRepository<ProjectCaseStory, Long> {
}
