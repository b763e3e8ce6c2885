package edit

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// customFields edits the custom field values of one item or initiative:
// a control per declaration that applies to it, by type (select, checks
// for a multiselect, a number with its unit, a date, a checkbox, a url, a
// person, text). Each change is one app.SetFieldValue; an emptied field
// clears its value. The controls are built again when the declarations
// change.
type customFields struct {
	env    *page.Env
	key    app.Key
	target app.FieldTarget
	after  func() // shows the entity again after an edit

	decls   []app.FieldDecl // the declarations the controls were built for
	loads   []func(v any)   // fill each control from its value
	enables []fyne.Disableable
	names   []string // the label of each control, in order
	form    *fyne.Container
	empty   *widget.Label
	box     *fyne.Container
	loading bool
}

// newCustomFields returns the custom fields' part of the editor of k;
// after shows the editor's entity again after each edit.
func newCustomFields(env *page.Env, k app.Key, t app.FieldTarget, after func()) *customFields {
	c := &customFields{env: env, key: k, target: t, after: after}
	c.form = formRows()
	c.empty = itemDimLabel("No custom fields: add some in Settings ▸ Fields.")
	c.box = container.NewVBox(c.empty, c.form)
	return c
}

func (c *customFields) object() fyne.CanvasObject { return c.box }

// refresh shows the values of e (read-only when ro).
func (c *customFields) refresh(e app.Entity, ro bool) {
	decls := c.env.WS.Product().FieldsOn(c.target)
	if !reflect.DeepEqual(decls, c.decls) {
		c.build(decls)
	}
	vals := app.FieldValues(e)
	c.loading = true
	for i, d := range c.decls {
		c.loads[i](vals[d.Key])
	}
	c.loading = false
	itemEnable(!ro, c.enables...)
}

// set commits value v of field key (nil clears it).
func (c *customFields) set(key string, v any) error {
	if c.loading {
		return nil
	}
	err := c.env.Do(app.SetFieldValue(c.key, key, v))
	c.after()
	return err
}

// build makes a control per declaration.
func (c *customFields) build(decls []app.FieldDecl) {
	c.decls = decls
	c.loads, c.enables, c.names = nil, nil, nil
	rows := make([]row, len(decls))
	for i, d := range decls {
		rows[i] = row{d.Name, c.control(d)}
		c.names = append(c.names, d.Name)
	}
	c.form.Objects = formRows(rows...).Objects
	c.form.Refresh()
	setVisible(c.empty, len(decls) == 0)
	setVisible(c.form, len(decls) > 0)
}

// none is a select's choice that clears its value.
const none = "—"

// control returns the control of field d, registering its load.
func (c *customFields) control(d app.FieldDecl) fyne.CanvasObject {
	key := d.Key
	switch d.Type {
	case app.FieldSelect:
		s := widget.NewSelect(append([]string{none}, d.Options...), func(v string) {
			if v == none {
				c.set(key, nil)
			} else {
				c.set(key, v)
			}
		})
		c.add(s, func(v any) {
			str, _ := v.(string)
			if str == "" {
				str = none
			}
			if s.Selected != str {
				s.SetSelected(str)
			}
		})
		return s
	case app.FieldMultiselect:
		g := widget.NewCheckGroup(d.Options, nil)
		g.Horizontal = true
		g.OnChanged = func(on []string) {
			if len(on) == 0 {
				c.set(key, nil)
			} else {
				c.set(key, slices.Clone(on))
			}
		}
		c.add(g, func(v any) {
			on, _ := v.([]string)
			if !slices.Equal(on, g.Selected) {
				g.SetSelected(slices.Clone(on))
			}
		})
		return g
	case app.FieldCheckbox:
		ch := widget.NewCheck("", func(on bool) {
			if on {
				c.set(key, true)
			} else {
				c.set(key, nil)
			}
		})
		c.add(ch, func(v any) {
			on, _ := v.(bool)
			if ch.Checked != on {
				ch.SetChecked(on)
			}
		})
		return ch
	}
	en := form.NewEntry(func(s string) error {
		s = strings.TrimSpace(s)
		if s == "" {
			return c.set(key, nil)
		}
		v, err := parseFieldText(&d, s)
		if err != nil {
			err = c.env.Do(app.Func{Desc: "Set field", Fn: func(*app.Tx) error { return err }})
			c.after()
			return err
		}
		return c.set(key, v)
	})
	en.OnError = func(error) {}
	switch d.Type {
	case app.FieldDate:
		en.SetPlaceHolder("YYYY-MM-DD")
	case app.FieldURL:
		en.SetPlaceHolder("https://…")
	case app.FieldNumber:
		en.SetPlaceHolder("a number")
	}
	c.add(en, func(v any) {
		if v == nil {
			en.SetValue("")
			return
		}
		if n, ok := v.(float64); ok {
			en.SetValue(form.FormatNumber(n))
			return
		}
		en.SetValue(app.FormatFieldValue(&d, v))
	})
	if d.Type == app.FieldNumber && d.Unit != "" {
		return container.NewBorder(nil, nil, nil, itemDimLabel(d.Unit), en)
	}
	return en
}

// add registers a control and the function that fills it.
func (c *customFields) add(w fyne.Disableable, load func(any)) {
	c.enables = append(c.enables, w)
	c.loads = append(c.loads, load)
}

// parseFieldText reads the text typed in field d's entry as its value.
func parseFieldText(d *app.FieldDecl, s string) (any, error) {
	switch d.Type {
	case app.FieldNumber:
		if d.Unit != "" {
			s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(s, d.Unit), d.Unit))
		}
		n, err := form.ParseNumber(s)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.Name, err)
		}
		return n, nil
	case app.FieldDate:
		if _, err := app.ParseDate(s); err != nil {
			return nil, fmt.Errorf("%s: %w", d.Name, err)
		}
	}
	return s, nil
}
