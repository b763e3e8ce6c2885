package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"

	"canopy/app"
)

// maxDepth is the deepest nesting of objects and arrays a file may hold.
// Canopy's own files nest four levels at most.
const maxDepth = 32

// allowDuplicates leaves duplicate keys to suspect, which finds them
// faster than jsontext, together with keys that differ only in case.
var allowDuplicates = jsontext.AllowDuplicateNames(true)

// checkStrict reports what makes data, the bytes of file, unfit to decode,
// as a *DecodeError with the line and column of the fault: an empty or
// blank file, NUL bytes, a byte order mark, invalid UTF-8, git conflict
// markers, a duplicate key at any depth, a top-level value that is not an
// object, data after it, nesting deeper than maxDepth, truncated or
// otherwise invalid JSON. encoding/json alone would accept several of
// these silently (duplicate keys, invalid UTF-8).
//
// A valid file costs two passes that allocate nothing: jsontext validates
// it (UTF-8, escapes, grammar, one value), then suspect looks for keys
// that may repeat and for deep nesting. The faults are told apart, and
// located, by a slower walk, only in a file that fails either.
func checkStrict(file string, data []byte) error {
	start := skipSpace(data, 0)
	if jsontext.Value(data).IsValid(allowDuplicates) {
		if start < len(data) && data[start] != '{' {
			return strictError(file, data, start, "the top-level value is %s; want an object", describe(data[start]))
		}
		if suspect(data) {
			return walk(file, data)
		}
		return nil
	}
	return locateFault(file, data, start)
}

// locateFault tells which fault makes data invalid, checking first the
// faults whose cause is outside JSON (a crash, an editor, a merge) so they
// get their own message. start is the offset of the first non-whitespace.
func locateFault(file string, data []byte, start int) error {
	switch {
	case len(data) == 0:
		return strictError(file, data, 0, "the file is empty")
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return strictError(file, data, 0, "the file starts with a byte order mark; save it as UTF-8 without BOM")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		if len(bytes.Trim(data, "\x00")) == 0 {
			return strictError(file, data, 0, "NUL bytes only: the file was cut short, typically by a crash during a save; restore it from git or a backup")
		}
		return strictError(file, data, i, "NUL byte: the file is damaged, typically by a crash during a save; restore it from git or a backup")
	}
	if start == len(data) {
		return strictError(file, data, 0, "the file holds only whitespace")
	}
	if !utf8.Valid(data) {
		i := firstInvalidUTF8(data)
		return strictError(file, data, i, "invalid UTF-8 (byte 0x%02x); save the file as UTF-8", data[i])
	}
	if off := conflictMarker(data); off >= 0 {
		return strictError(file, data, off, "git conflict markers: resolve the merge (canopy conflicts lists each field in conflict, canopy resolve settles it)")
	}
	if data[start] != '{' && describe(data[start]) != "" {
		return strictError(file, data, start, "the top-level value is %s; want an object", describe(data[start]))
	}
	if err := walk(file, data); err != nil {
		return err
	}
	// jsontext found a fault the walk did not: report what it says.
	if _, err := jsontext.NewDecoder(bytes.NewReader(data)).ReadValue(); err != nil {
		return syntaxError(file, data, err)
	}
	return &DecodeError{File: file, Err: errors.New("invalid JSON")}
}

// walk reads data token by token and returns its first fault, or nil if
// it has none. It is the slow path, taken only for a file already known to
// be invalid or found suspect.
func walk(file string, data []byte) error {
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(true))
	// names holds, for each open object, its names folded as
	// encoding/json matches them to fields, with where each was first
	// seen; nil for an open array.
	var names []map[string]keySeen
	for {
		depth := dec.StackDepth()
		if depth == 0 && len(names) == 0 && dec.InputOffset() > 0 {
			// The top-level value is complete: only whitespace may follow.
			if off := skipSpace(data, int(dec.InputOffset())); off < len(data) {
				return strictError(file, data, off, "data after the end of the top-level object")
			}
			break
		}
		kind, n := dec.StackIndex(depth)
		if kind == '{' && n%2 == 0 && dec.PeekKind() == '"' {
			v, err := dec.ReadValue()
			if err != nil {
				return syntaxError(file, data, err)
			}
			off := dec.InputOffset() - int64(len(v))
			name, err := jsontext.AppendUnquote(nil, v)
			if err != nil {
				return syntaxError(file, data, err)
			}
			seen := names[len(names)-1]
			folded := string(foldName(name))
			if first, dup := seen[folded]; dup {
				line, col := position(data, first.off)
				if first.name != string(name) {
					return strictError(file, data, int(off), "duplicate key %q: the same as %q at %d:%d once case is ignored", name, first.name, line, col)
				}
				return strictError(file, data, int(off), "duplicate key %q (first at %d:%d)", name, line, col)
			}
			seen[folded] = keySeen{string(name), off}
			continue
		}
		tok, err := dec.ReadToken()
		if err != nil {
			return syntaxError(file, data, err)
		}
		switch tok.Kind() {
		case '{', '[':
			if dec.StackDepth() > maxDepth {
				return strictError(file, data, int(dec.InputOffset())-1, "nesting deeper than %d levels", maxDepth)
			}
			var m map[string]keySeen
			if tok.Kind() == '{' {
				m = map[string]keySeen{}
			}
			names = append(names, m)
		case '}', ']':
			names = names[:len(names)-1]
		}
	}
	return nil
}

// keySeen is an object key as written and the offset of its first byte.
type keySeen struct {
	name string
	off  int64
}

// syntaxError turns an error of jsontext into a *DecodeError.
func syntaxError(file string, data []byte, err error) error {
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return strictError(file, data, len(data), "unexpected end of file: the JSON is cut short")
	}
	var syn *jsontext.SyntacticError
	if !errors.As(err, &syn) {
		return &DecodeError{File: file, Err: err}
	}
	msg := "invalid JSON"
	if syn.Err != nil {
		msg = syn.Err.Error()
	}
	if syn.JSONPointer != "" {
		msg += fmt.Sprintf(" (in %s)", syn.JSONPointer)
	}
	return strictError(file, data, int(syn.ByteOffset), "%s", msg)
}

// strictError returns a *DecodeError at byte offset off of data.
func strictError(file string, data []byte, off int, format string, args ...any) error {
	line, col := position(data, int64(off))
	return &DecodeError{File: file, Line: line, Column: col, Err: fmt.Errorf(format, args...)}
}

// skipSpace returns the offset of the first byte at or after i that is not
// JSON whitespace.
func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// describe names the kind of JSON value that starts with c, or returns ""
// if no value starts with it.
func describe(c byte) string {
	switch c {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "a number"
	}
	return ""
}

// firstInvalidUTF8 returns the offset of the first byte of data that is not
// part of valid UTF-8, or -1.
func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// conflictMarkers start the lines git writes around a merge conflict.
var conflictMarkers = [][]byte{
	[]byte("<<<<<<<"), []byte("|||||||"), []byte("======="), []byte(">>>>>>>"),
}

// conflictMarker returns the offset of the first line of data that starts
// with a git conflict marker, or -1. No line of valid JSON can.
func conflictMarker(data []byte) int {
	first := -1
	for _, m := range conflictMarkers {
		var off int
		if bytes.HasPrefix(data, m) {
			off = 0
		} else if i := bytes.Index(data, append([]byte{'\n'}, m...)); i >= 0 {
			off = i + 1
		} else {
			continue
		}
		if first < 0 || off < first {
			first = off
		}
	}
	return first
}

// suspect reports whether valid JSON data may nest deeper than maxDepth
// or hold two keys of one object that encoding/json would take for the
// same field: it matches names ignoring case ("title", "Title"), so the
// second would silently replace the first, as a duplicate does. jsontext
// only finds exact duplicates. suspect errs on the safe side (an escaped or
// non-ASCII key, an object of many keys) and allocates nothing; walk then
// decides, and locates the fault.
func suspect(data []byte) bool {
	// open holds, for each open object or array, the index in keys of its
	// first key, and lengths a bit for each length of its keys (the last
	// bit for all lengths from 63 up); keys holds the keys of the open
	// objects.
	var open [maxDepth]int
	var lengths [maxDepth]uint64
	var buf [64]span
	keys := buf[:0]
	depth := 0
	for i := nextStructural(data, 0); i < len(data); i = nextStructural(data, i+1) {
		switch scanClass[data[i]] {
		case classQuote:
			// Find the closing quote, noting escapes and non-ASCII.
			start := i + 1
			plain := true
			for i = start; ; {
				i = nextInString(data, i)
				if data[i] == '"' {
					break
				}
				plain = false
				if data[i] == '\\' {
					i++ // skip the escaped byte: it may be a quote
				}
				i++
			}
			j := i + 1
			if j < len(data) && data[j] != ':' {
				j = skipSpace(data, j)
			}
			if j == len(data) || data[j] != ':' {
				continue // a value, not a key
			}
			if !plain {
				return true
			}
			key := span{start, i}
			bit := uint64(1) << min(i-start, 63)
			if lengths[depth-1]&bit != 0 {
				mine := keys[open[depth-1]:]
				if len(mine) >= 32 {
					return true // many keys: let walk use a map
				}
				for _, o := range mine {
					if o.to-o.from == key.to-key.from && bytes.EqualFold(data[o.from:o.to], data[key.from:key.to]) {
						return true
					}
				}
			}
			lengths[depth-1] |= bit
			keys = append(keys, key)
		case classOpen:
			if depth == maxDepth {
				return true
			}
			open[depth] = len(keys)
			lengths[depth] = 0
			depth++
		case classClose:
			depth--
			keys = keys[:open[depth]]
		}
	}
	return false
}

// Eight bytes at a time: zeroBytes(v) has the high bit of each zero byte
// of v set. Bits may also be set above a zero byte, never below one, so
// the lowest set bit always marks the first zero byte.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

func zeroBytes(v uint64) uint64 { return (v - ones) &^ v & highs }

// nextStructural returns the offset of the first '"', '{', '[', '}' or ']'
// at or after i in data, or len(data).
func nextStructural(data []byte, i int) int {
	for ; i+8 <= len(data); i += 8 {
		x := binary.LittleEndian.Uint64(data[i:])
		y := x | ones*0x20 // '[' and ']' become '{' and '}'; nothing else does
		if m := zeroBytes(x^(ones*'"')) | zeroBytes(y^(ones*'{')) | zeroBytes(y^(ones*'}')); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(data); i++ {
		if scanClass[data[i]] != classOther {
			return i
		}
	}
	return i
}

// nextInString returns the offset of the first '"', '\\' or non-ASCII byte
// at or after i in data, or len(data).
func nextInString(data []byte, i int) int {
	for ; i+8 <= len(data); i += 8 {
		x := binary.LittleEndian.Uint64(data[i:])
		if m := zeroBytes(x^(ones*'"')) | zeroBytes(x^(ones*'\\')) | x&highs; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(data); i++ {
		if stopInString[data[i]] {
			return i
		}
	}
	return i
}

// The classes of bytes suspect tells apart outside strings.
const (
	classOther = iota
	classQuote
	classOpen
	classClose
)

var (
	scanClass    [256]uint8
	stopInString [256]bool // the bytes that end a plain run in a string
)

func init() {
	scanClass['"'] = classQuote
	scanClass['{'], scanClass['['] = classOpen, classOpen
	scanClass['}'], scanClass[']'] = classClose, classClose
	stopInString['"'], stopInString['\\'] = true, true
	for c := utf8.RuneSelf; c < 256; c++ {
		stopInString[c] = true
	}
}

// span is the offsets [from, to) of a key's text in data.
type span struct{ from, to int }

// foldName folds a name as encoding/json does to match it to a field:
// foldName(x) == foldName(y) if and only if bytes.EqualFold(x, y).
func foldName(in []byte) []byte {
	out := make([]byte, 0, len(in))
	for i := 0; i < len(in); {
		if c := in[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			out = append(out, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(in[i:])
		// The smallest rune of its fold orbit stands for all of them.
		for {
			r2 := unicode.SimpleFold(r)
			if r2 <= r {
				r = r2
				break
			}
			r = r2
		}
		out = utf8.AppendRune(out, r)
		i += n
	}
	return out
}

// checkDecoded refuses a decoded value that Encode could not write back.
// A time is kept in UTC, and encoding/json writes only the years 0 to 9999:
// "0000-01-01T00:30:00+01:00" decodes, but is in the year -1 in UTC.
func checkDecoded(file string, v any) error {
	it, ok := v.(*app.Item)
	if !ok {
		return nil
	}
	for i, d := range it.History {
		if y := d.At.UTC().Year(); y < 0 || y > 9999 {
			return &DecodeError{File: file, Err: fmt.Errorf("field history[%d].at: %s is outside the years 0000 to 9999 in UTC", i, d.At.Format(time.RFC3339))}
		}
	}
	return nil
}
