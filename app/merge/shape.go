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
	leaf   byte // a value read whole: 's' a string (dates and times too), 'n' a number, 'b' a boolean; 0 any
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
		return &shape{leaf: 's'}
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
	case reflect.String:
		return &shape{leaf: 's'}
	case reflect.Bool:
		return &shape{leaf: 'b'}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8,
		reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return &shape{leaf: 'n'}
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

// misfit returns what is wrong with n for this build, with its path: a
// key it does not know, or a value of the wrong type; "" when n fits s.
// null fits anything, as encoding/json reads it.
func misfit(n *node, s *shape, path string) string {
	if n == nil || s == nil || n.kind == 'l' && n.str == "null" {
		return ""
	}
	want := byte(0)
	switch {
	case s.leaf != 0:
		want = s.leaf
	case s.fields != nil || s.isMap:
		want = 'o'
	case s.elem != nil:
		want = 'a'
	}
	got := n.kind
	if got == 'l' {
		got = 'b'
	}
	if want != 0 && got != want {
		return fmt.Sprintf("field %s: want %s, got %s", orRoot(path), kindNames[want], kindNames[got])
	}
	switch n.kind {
	case 'o':
		for i, k := range n.keys {
			sub := s.elem
			if !s.isMap {
				var ok bool
				if sub, ok = s.fields[k]; !ok {
					return fmt.Sprintf("field %s: unknown to this version of Canopy", join(path, k))
				}
			}
			if p := misfit(n.vals[i], sub, join(path, k)); p != "" {
				return p
			}
		}
	case 'a':
		for i, v := range n.vals {
			if p := misfit(v, s.elem, fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
	}
	return ""
}

var kindNames = map[byte]string{'o': "an object", 'a': "a list", 's': "a string", 'n': "a number", 'b': "true or false"}

func orRoot(path string) string {
	if path == "" {
		return "(the whole file)"
	}
	return path
}

// join appends key k to a JSON path.
func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}
