package merge

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// node is one JSON value with its object keys in file order: the merge
// works on these so that it keeps the order and the text of every value.
type node struct {
	kind byte   // 'o' object, 'a' array, 's' string, 'n' number, 'l' literal (true, false, null)
	str  string // the string's value, or the number's or literal's text
	keys []string
	vals []*node // the object's values or the array's elements
}

// get returns the value of key k in object n, or nil.
func (n *node) get(k string) *node {
	if n == nil || n.kind != 'o' {
		return nil
	}
	for i, key := range n.keys {
		if key == k {
			return n.vals[i]
		}
	}
	return nil
}

// equal reports whether a and b are the same value; nil equals nil only.
func equal(a, b *node) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a == b {
		return true
	}
	if a.kind != b.kind || a.str != b.str || len(a.vals) != len(b.vals) || len(a.keys) != len(b.keys) {
		return false
	}
	for i := range a.keys {
		if a.keys[i] != b.keys[i] {
			return false
		}
	}
	for i := range a.vals {
		if !equal(a.vals[i], b.vals[i]) {
			return false
		}
	}
	return true
}

// parse reads one JSON document. It refuses what the store refuses too:
// duplicate keys, invalid UTF-8 and trailing data.
func parse(data []byte) (*node, error) {
	if !utf8.Valid(data) {
		return nil, errors.New("invalid UTF-8")
	}
	p := &parser{data: data}
	n, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i != len(p.data) {
		return nil, fmt.Errorf("offset %d: data after the end of the document", p.i)
	}
	return n, nil
}

type parser struct {
	data []byte
	i    int
	slab []node // nodes are carved from here, a chunk at a time
}

// node returns a new node of the kind.
func (p *parser) node(kind byte) *node {
	if len(p.slab) == 0 {
		p.slab = make([]node, 64)
	}
	n := &p.slab[0]
	p.slab = p.slab[1:]
	n.kind = kind
	return n
}

func (p *parser) space() {
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *parser) fail(what string) error {
	return fmt.Errorf("offset %d: %s", p.i, what)
}

func (p *parser) value(depth int) (*node, error) {
	if depth > 64 {
		return nil, p.fail("nested too deep")
	}
	p.space()
	if p.i >= len(p.data) {
		return nil, p.fail("unexpected end")
	}
	switch c := p.data[p.i]; {
	case c == '{':
		p.i++
		n := p.node('o')
		p.space()
		if p.i < len(p.data) && p.data[p.i] == '}' {
			p.i++
			return n, nil
		}
		for {
			p.space()
			if p.i >= len(p.data) || p.data[p.i] != '"' {
				return nil, p.fail("want a key")
			}
			k, err := p.string()
			if err != nil {
				return nil, err
			}
			for _, seen := range n.keys {
				if seen == k {
					return nil, p.fail(fmt.Sprintf("duplicate key %q", k))
				}
			}
			p.space()
			if p.i >= len(p.data) || p.data[p.i] != ':' {
				return nil, p.fail("want ':'")
			}
			p.i++
			v, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			n.keys = append(n.keys, k)
			n.vals = append(n.vals, v)
			p.space()
			if p.i < len(p.data) && p.data[p.i] == ',' {
				p.i++
				continue
			}
			if p.i < len(p.data) && p.data[p.i] == '}' {
				p.i++
				return n, nil
			}
			return nil, p.fail("want ',' or '}'")
		}
	case c == '[':
		p.i++
		n := p.node('a')
		p.space()
		if p.i < len(p.data) && p.data[p.i] == ']' {
			p.i++
			return n, nil
		}
		for {
			v, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			n.vals = append(n.vals, v)
			p.space()
			if p.i < len(p.data) && p.data[p.i] == ',' {
				p.i++
				continue
			}
			if p.i < len(p.data) && p.data[p.i] == ']' {
				p.i++
				return n, nil
			}
			return nil, p.fail("want ',' or ']'")
		}
	case c == '"':
		s, err := p.string()
		if err != nil {
			return nil, err
		}
		n := p.node('s')
		n.str = s
		return n, nil
	case c == '-' || c >= '0' && c <= '9':
		start := p.i
		for p.i < len(p.data) && bytes.IndexByte([]byte("+-.eE0123456789"), p.data[p.i]) >= 0 {
			p.i++
		}
		text := string(p.data[start:p.i])
		if _, err := strconv.ParseFloat(text, 64); err != nil {
			return nil, p.fail("bad number " + text)
		}
		n := p.node('n')
		n.str = text
		return n, nil
	default:
		for _, lit := range []string{"true", "false", "null"} {
			if bytes.HasPrefix(p.data[p.i:], []byte(lit)) {
				p.i += len(lit)
				n := p.node('l')
				n.str = lit
				return n, nil
			}
		}
		return nil, p.fail(fmt.Sprintf("unexpected %q", c))
	}
}

// string reads a quoted string at p.i.
func (p *parser) string() (string, error) {
	p.i++ // the quote
	start := p.i
	for p.i < len(p.data) {
		switch c := p.data[p.i]; {
		case c == '"':
			s := string(p.data[start:p.i])
			p.i++
			return s, nil
		case c == '\\':
			return p.escaped(start)
		case c < 0x20:
			return "", p.fail("control character in a string")
		}
		p.i++
	}
	return "", p.fail("unterminated string")
}

// escaped finishes a string holding escapes, with strconv's help.
func (p *parser) escaped(start int) (string, error) {
	for p.i < len(p.data) {
		switch c := p.data[p.i]; {
		case c == '\\':
			p.i += 2
			continue
		case c == '"':
			raw := p.data[start-1 : p.i+1]
			p.i++
			var s string
			if err := jsonUnquote(raw, &s); err != nil {
				return "", p.fail("bad string: " + err.Error())
			}
			return s, nil
		case c < 0x20:
			return "", p.fail("control character in a string")
		}
		p.i++
	}
	return "", p.fail("unterminated string")
}

// encode writes n as the store writes JSON: two-space indent, one key or
// element a line, empty containers as {} and [], no HTML escaping, and a
// final newline. Conflict nodes are written with markers around their line.
func encode(n *node) []byte {
	var b bytes.Buffer
	b.Grow(1024)
	writeNode(&b, n, "")
	b.WriteByte('\n')
	return b.Bytes()
}

func writeNode(b *bytes.Buffer, n *node, indent string) {
	switch n.kind {
	case 'o':
		if len(n.keys) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{\n")
		inner := indent + "  "
		for i, k := range n.keys {
			last := i == len(n.keys)-1
			if c, ok := n.vals[i].conflict(); ok {
				writeConflict(b, c, k, inner, last)
				continue
			}
			b.WriteString(inner)
			writeString(b, k)
			b.WriteString(": ")
			writeNode(b, n.vals[i], inner)
			if !last {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent)
		b.WriteByte('}')
	case 'a':
		if len(n.vals) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		inner := indent + "  "
		for i, v := range n.vals {
			b.WriteString(inner)
			writeNode(b, v, inner)
			if i < len(n.vals)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent)
		b.WriteByte(']')
	case 's':
		writeString(b, n.str)
	default:
		b.WriteString(n.str)
	}
}

// writeString quotes s as encoding/json does with HTML escaping off.
func writeString(b *bytes.Buffer, s string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b.WriteString(s[start:i])
			switch c {
			case '"', '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			case '\b':
				b.WriteString(`\b`)
			case '\f':
				b.WriteString(`\f`)
			default:
				b.WriteString(`\u00`)
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\u2028' || r == '\u2029' {
			b.WriteString(s[start:i])
			b.WriteString(`\u202`)
			b.WriteByte(hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

// jsonUnquote decodes the quoted JSON string raw into s.
func jsonUnquote(raw []byte, s *string) error { return json.Unmarshal(raw, s) }
