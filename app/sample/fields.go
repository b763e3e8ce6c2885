package sample

import "canopy/app"

// The sample's custom fields: a Segment select and an ARR number on items
// and initiatives, a "Customer commitment" checkbox on items.
var sampleFields = []app.FieldDecl{
	{Key: "segment", Name: "Segment", Type: app.FieldSelect, Options: []string{"SMB", "Mid-market", "Enterprise"},
		On: []app.FieldTarget{app.FieldOnItem, app.FieldOnInitiative}},
	{Key: "arr", Name: "ARR", Type: app.FieldNumber, Min: new(0.0), Unit: "$",
		On: []app.FieldTarget{app.FieldOnItem, app.FieldOnInitiative}},
	{Key: "customer_commitment", Name: "Customer commitment", Type: app.FieldCheckbox,
		On: []app.FieldTarget{app.FieldOnItem}},
}

// SampleFormula is the sample's example formula: revenue at stake in
// thousands, plus 100 for an enterprise ask and 50 for a commitment made to a
// customer. ?? gives optional inputs a default; ARR is required, so items
// without it stay unscored.
const SampleFormula = `fields.arr / 1000 + ((fields.segment ?? "") == "Enterprise" ? 100 : 0) + ((fields.customer_commitment ?? false) ? 50 : 0)`

// fieldValues are the sample's custom field values, by item or initiative.
var fieldValues = map[app.Key]map[string]any{
	{Kind: app.KindItem, ID: itemETAText}:            {"segment": "SMB", "arr": 48000.0},
	{Kind: app.KindItem, ID: itemChecklists}:         {"segment": "Mid-market", "arr": 96000.0},
	{Kind: app.KindItem, ID: itemQBCustomers}:        {"segment": "SMB", "arr": 132000.0, "customer_commitment": true},
	{Kind: app.KindItem, ID: itemQBInvoices}:         {"segment": "SMB", "arr": 132000.0},
	{Kind: app.KindItem, ID: itemDetectOverrun}:      {"segment": "Enterprise", "arr": 310000.0, "customer_commitment": true},
	{Kind: app.KindItem, ID: itemOfflineQueue}:       {"segment": "Mid-market", "arr": 180000.0},
	{Kind: app.KindItem, ID: itemProposeReplan}:      {"segment": "Enterprise", "arr": 310000.0},
	{Kind: app.KindItem, ID: itemApproveReplan}:      {"segment": "Enterprise", "arr": 220000.0},
	{Kind: app.KindItem, ID: itemSkillMatching}:      {"segment": "Enterprise", "arr": 450000.0, "customer_commitment": true},
	{Kind: app.KindItem, ID: itemAutoAssign}:         {"segment": "Enterprise", "arr": 450000.0},
	{Kind: app.KindItem, ID: itemZones}:              {"segment": "Mid-market", "arr": 75000.0},
	{Kind: app.KindItem, ID: itemXero}:               {"segment": "SMB", "arr": 64000.0},
	{Kind: app.KindItem, ID: itemBooking}:            {"segment": "SMB", "customer_commitment": false},
	{Kind: app.KindItem, ID: itemTruckStock}:         {"segment": "Mid-market", "arr": 88000.0},
	{Kind: app.KindInitiative, ID: initReplan}:       {"segment": "Enterprise", "arr": 760000.0},
	{Kind: app.KindInitiative, ID: initAutoDispatch}: {"segment": "Enterprise", "arr": 900000.0},
	{Kind: app.KindInitiative, ID: initAccounting}:   {"segment": "SMB", "arr": 330000.0},
}

// declareFields declares the sample's fields, fills their values and
// writes the example formula, with the same commands as Settings ▸ Fields.
func declareFields(ws *app.Workspace) error {
	for _, d := range sampleFields {
		if err := ws.Do(app.AddField(d)); err != nil {
			return err
		}
	}
	if err := ws.Do(app.SetCardFields([]string{"segment"})); err != nil {
		return err
	}
	for _, d := range sampleFields {
		for k, vals := range fieldValues {
			if v, ok := vals[d.Key]; ok {
				if err := ws.Do(app.SetFieldValue(k, d.Key, v)); err != nil {
					return err
				}
			}
		}
	}
	return ws.Do(app.SetFormula(SampleFormula))
}
