package board

import (
	"strings"

	"canopy/app"
)

// cardFields prints the values of the custom fields the product chose for
// board cards (Settings ▸ Fields), "Segment: SMB  ·  ARR: $120000"; fields
// without a value are left out.
func cardFields(p *app.Product, it *app.Item) string {
	var parts []string
	for _, key := range p.CardFields {
		d, ok := p.Field(key)
		if !ok {
			continue
		}
		v, has := it.Fields[key]
		if !has {
			continue
		}
		parts = append(parts, d.Name+": "+app.FormatFieldValue(d, v))
	}
	return strings.Join(parts, "  ·  ")
}
