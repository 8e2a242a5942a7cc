-- 常委向常委会报告分管工作 (季度工作报告): a topic whose presenter is a member, reporting on the
-- work he leads and the decisions he is in charge of. The self-check (议事规则执行情况自查)
-- reads whether each lead leader reported in each quarter. Null for every other topic.
ALTER TABLE `topics` ADD `reporting_member_id` text REFERENCES people(id);
--> statement-breakpoint
CREATE INDEX `topics_reporting_member` ON `topics` (`reporting_member_id`);
