package merge

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"canopy/app"
	"canopy/app/store"
)

// shape is what this build knows of a JSON value: the keys of a struct, in
// the order the store writes them, or the element of a list or a map.
type shape struct {
	order  map[string]int    // a struct's keys → their place
	fields map[string]*shape // a struct's keys → their shapes
	elem   *shape            // a list's or a map's element
	isMap  bool
}

var (
	marshaler     = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

// shapeOf derives the shape of the Go type t as encoding/json writes it.
func shapeOf(t reflect.Type) *shape {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Implements(marshaler) || reflect.PointerTo(t).Implements(marshaler) ||
		t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler) {
		return &shape{}
	}
	switch t.Kind() {
	case reflect.Struct:
		s := &shape{order: map[string]int{}, fields: map[string]*shape{}}
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			s.order[name] = len(s.order)
			s.fields[name] = shapeOf(f.Type)
		}
		return s
	case reflect.Slice, reflect.Array:
		return &shape{elem: shapeOf(t.Elem())}
	case reflect.Map:
		return &shape{elem: shapeOf(t.Elem()), isMap: true}
	}
	return &shape{}
}

// shapes holds the shape of every kind's file, the manifest's included.
// It is computed once and never changed.
var shapes = func() map[app.Kind]*shape {
	out := map[app.Kind]*shape{}
	for _, k := range append([]app.Kind{app.KindStrategy}, app.Kinds...) {
		out[k] = shapeOf(reflect.TypeOf(store.NewEntity(k)))
	}
	out[app.KindProduct] = shapeOf(reflect.TypeFor[struct {
		Schema  int          `json:"schema"`
		Product *app.Product `json:"product"`
	}]())
	return out
}()

// unknownKey returns the path of the first key of n that s does not know,
// or "" when this build knows every key.
func unknownKey(n *node, s *shape, path string) string {
	if n == nil || s == nil {
		return ""
	}
	switch n.kind {
	case 'o':
		for i, k := range n.keys {
			sub := s.elem
			if !s.isMap {
				if s.fields == nil {
					return "" // a value of a type this build reads whole
				}
				var ok bool
				if sub, ok = s.fields[k]; !ok {
					return join(path, k)
				}
			}
			if p := unknownKey(n.vals[i], sub, join(path, k)); p != "" {
				return p
			}
		}
	case 'a':
		for i, v := range n.vals {
			if p := unknownKey(v, s.elem, fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
	}
	return ""
}

// join appends key k to a JSON path.
func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}
