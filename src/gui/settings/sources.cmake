target_sources(vigil_gui PRIVATE
  settings/GeneralSettingsPage.cpp settings/GeneralSettingsPage.h
  ${PROJECT_SOURCE_DIR}/ui/GeneralSettingsPage.ui
  settings/RuleEditorDialog.cpp settings/RuleEditorDialog.h
  ${PROJECT_SOURCE_DIR}/ui/RuleEditorDialog.ui
  settings/RuleTableModel.cpp settings/RuleTableModel.h
  settings/RuleText.cpp settings/RuleText.h
  settings/RulesSettingsPage.cpp settings/RulesSettingsPage.h
  ${PROJECT_SOURCE_DIR}/ui/RulesSettingsPage.ui
  settings/SettingsDialog.cpp settings/SettingsDialog.h
  ${PROJECT_SOURCE_DIR}/ui/SettingsDialog.ui
  settings/SettingsPage.h)
