target_sources(vigil_gui PRIVATE
  settings/CheckEditorDialog.cpp settings/CheckEditorDialog.h settings/CheckEditorFields.cpp
  ${PROJECT_SOURCE_DIR}/ui/CheckEditorDialog.ui
  settings/ChecksSettingsPage.cpp settings/ChecksSettingsPage.h
  ${PROJECT_SOURCE_DIR}/ui/ChecksSettingsPage.ui
  settings/CheckTableModel.cpp settings/CheckTableModel.h
  settings/EditorProblems.cpp settings/EditorProblems.h settings/NamedList.h
  settings/ChannelEditorDialog.cpp settings/ChannelEditorDialog.h
  ${PROJECT_SOURCE_DIR}/ui/ChannelEditorDialog.ui
  settings/ChannelTableModel.cpp settings/ChannelTableModel.h
  settings/NotificationsSettingsPage.cpp settings/NotificationsSettingsPage.h
  ${PROJECT_SOURCE_DIR}/ui/NotificationsSettingsPage.ui
  settings/GeneralSettingsPage.cpp settings/GeneralSettingsPage.h
  ${PROJECT_SOURCE_DIR}/ui/GeneralSettingsPage.ui
  settings/LanguageChooser.cpp settings/LanguageChooser.h
  settings/RuleEditorDialog.cpp settings/RuleEditorDialog.h
  ${PROJECT_SOURCE_DIR}/ui/RuleEditorDialog.ui
  settings/RuleTableModel.cpp settings/RuleTableModel.h
  settings/RuleText.cpp settings/RuleText.h
  settings/RulesSettingsPage.cpp settings/RulesSettingsPage.h
  ${PROJECT_SOURCE_DIR}/ui/RulesSettingsPage.ui
  settings/SettingsDialog.cpp settings/SettingsDialog.h
  ${PROJECT_SOURCE_DIR}/ui/SettingsDialog.ui
  settings/SettingsPage.h)
