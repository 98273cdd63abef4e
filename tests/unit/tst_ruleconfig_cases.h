#pragma once

// Test data of tst_ruleconfig: JSON documents and data-table rows.

#include <QByteArray>

namespace ruleconfigcases {

QByteArray goodRule();       // load_high on load1
QByteArray otherRule();      // other on load15
QByteArray unknownKeyRule(); // a rule with an unknown key "colour"
QByteArray everyKeyJson();   // a document with one rule that sets every key
QByteArray sectionsJson();   // alerts and notifications with non-default values
void addBadRuleRows();       // columns rule (QByteArray), warning (QString)
void addSectionErrorRows();  // columns json (QByteArray), error (QString)

} // namespace ruleconfigcases
