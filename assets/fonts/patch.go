package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"golang.org/x/image/font/sfnt"
)

// Code points PatchHyphen works with.
const (
	hyphenMinus = 0x2D // U+002D HYPHEN-MINUS, the character remapped
	softHyphen  = 0xAD // U+00AD SOFT HYPHEN, whose glyph it takes
)

// checksumMagic is the value a whole TrueType font sums to once
// head.checkSumAdjustment is set.
const checksumMagic = 0xB1B0AFBA

var be = binary.BigEndian

// PatchHyphen returns a copy of the TrueType font ttf in which U+002D
// HYPHEN-MINUS maps to the glyph of U+00AD SOFT HYPHEN, leaving every other
// character on the glyph it had. ttf itself is not changed.
//
// Every Unicode character map (formats 4 and 12, platform 0 or Windows
// Unicode) is rebuilt with the new mapping, as is a Macintosh Roman map
// (formats 0 and 6) that drew code 0x2D with the old glyph; the other
// tables are copied unchanged. The table directory's offsets, lengths and
// checksums and head.checkSumAdjustment are recomputed, so the result is a
// valid font. The output depends only on ttf.
//
// It fails when ttf is not a single TrueType font, has no glyph for U+00AD
// or has a character map it cannot read.
func PatchHyphen(ttf []byte) ([]byte, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("patch the hyphen: %w", err)
	}
	var buf sfnt.Buffer
	from, err := f.GlyphIndex(&buf, hyphenMinus)
	if err != nil {
		return nil, fmt.Errorf("patch the hyphen: glyph of U+002D: %w", err)
	}
	to, err := f.GlyphIndex(&buf, softHyphen)
	if err != nil {
		return nil, fmt.Errorf("patch the hyphen: glyph of U+00AD: %w", err)
	}
	if to == 0 {
		return nil, errors.New("patch the hyphen: the font has no glyph for U+00AD SOFT HYPHEN")
	}
	tables, err := readDirectory(ttf)
	if err != nil {
		return nil, fmt.Errorf("patch the hyphen: %w", err)
	}
	i := slices.IndexFunc(tables, func(t table) bool { return t.tag == "cmap" })
	if i < 0 {
		return nil, errors.New("patch the hyphen: the font has no cmap table")
	}
	cmap, err := patchCmap(tables[i].data, uint16(from), uint16(to))
	if err != nil {
		return nil, fmt.Errorf("patch the hyphen: %w", err)
	}
	tables[i].data = cmap
	out, err := assemble(be.Uint32(ttf), tables)
	if err != nil {
		return nil, fmt.Errorf("patch the hyphen: %w", err)
	}
	return out, nil
}

// table is one table of a font: its tag and its bytes.
type table struct {
	tag  string
	data []byte
	// offset is where the table started in the font read, to keep the
	// tables in their original order.
	offset uint32
}

// readDirectory returns the tables of the font in ttf, in the order of the
// table directory (sorted by tag in a well-formed font).
func readDirectory(ttf []byte) ([]table, error) {
	if len(ttf) < 12 {
		return nil, fmt.Errorf("font of %d bytes: too short for a table directory", len(ttf))
	}
	switch v := be.Uint32(ttf); v {
	case 0x00010000, 0x74727565: // 1.0 and 'true'
	default:
		return nil, fmt.Errorf("font version %#08x: not a single TrueType font", v)
	}
	n := int(be.Uint16(ttf[4:]))
	if 12+16*n > len(ttf) {
		return nil, fmt.Errorf("table directory of %d tables: longer than the font (%d bytes)", n, len(ttf))
	}
	tables := make([]table, n)
	for i := range tables {
		rec := ttf[12+16*i:]
		off, length := be.Uint32(rec[8:]), be.Uint32(rec[12:])
		tag := string(rec[:4])
		if uint64(off)+uint64(length) > uint64(len(ttf)) {
			return nil, fmt.Errorf("table %q at %d, %d bytes: past the end of the font (%d bytes)", tag, off, length, len(ttf))
		}
		tables[i] = table{tag: tag, data: ttf[off : off+length], offset: off}
	}
	return tables, nil
}

// assemble writes a font of the tables: the directory in the order given,
// the data in the order of the original offsets, each table padded to four
// bytes, with fresh checksums and head.checkSumAdjustment.
func assemble(version uint32, tables []table) ([]byte, error) {
	n := len(tables)
	size := 12 + 16*n
	for _, t := range tables {
		size += pad4(len(t.data))
	}
	out := make([]byte, 12+16*n, size)
	be.PutUint32(out, version)
	be.PutUint16(out[4:], uint16(n))
	sel := 0
	for 1<<(sel+1) <= n {
		sel++
	}
	be.PutUint16(out[6:], uint16(16<<sel))       // searchRange
	be.PutUint16(out[8:], uint16(sel))           // entrySelector
	be.PutUint16(out[10:], uint16(16*n-16<<sel)) // rangeShift

	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return int(tables[a].offset) - int(tables[b].offset) })
	headAt := -1
	for _, i := range order {
		t := tables[i]
		off := len(out)
		out = append(out, t.data...)
		out = append(out, make([]byte, pad4(len(t.data))-len(t.data))...)
		data := out[off : off+len(t.data)]
		if t.tag == "head" {
			if len(data) < 12 {
				return nil, fmt.Errorf("head table of %d bytes: too short", len(data))
			}
			headAt = off
			be.PutUint32(data[8:], 0) // checkSumAdjustment counts as zero
		}
		rec := out[12+16*i:]
		copy(rec, t.tag)
		be.PutUint32(rec[4:], checksum(data))
		be.PutUint32(rec[8:], uint32(off))
		be.PutUint32(rec[12:], uint32(len(t.data)))
	}
	if headAt >= 0 {
		be.PutUint32(out[headAt+8:], checksumMagic-checksum(out))
	}
	return out, nil
}

// pad4 rounds n up to a multiple of four.
func pad4(n int) int { return (n + 3) &^ 3 }

// checksum is the TrueType table checksum: the sum of the data as
// big-endian uint32s, the last one padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += be.Uint32(b)
		b = b[4:]
	}
	var last [4]byte
	copy(last[:], b)
	return sum + be.Uint32(last[:])
}

// patchCmap returns the cmap table with code 0x2D sent to glyph to in each
// Unicode subtable and, where it drew glyph from, in each Macintosh Roman
// one. Subtables shared by several encoding records stay shared.
func patchCmap(cmap []byte, from, to uint16) ([]byte, error) {
	if len(cmap) < 4 {
		return nil, fmt.Errorf("cmap of %d bytes: too short", len(cmap))
	}
	n := int(be.Uint16(cmap[2:]))
	if 4+8*n > len(cmap) {
		return nil, fmt.Errorf("cmap of %d encodings: longer than its %d bytes", n, len(cmap))
	}
	// Subtables are written in the order of their old offsets; each record
	// points at the new place of its old subtable.
	type sub struct {
		old, new uint32
		data     []byte
	}
	var subs []sub
	patched := false
	for i := range n {
		rec := cmap[4+8*i:]
		platform, encoding, off := be.Uint16(rec), be.Uint16(rec[2:]), be.Uint32(rec[4:])
		if slices.ContainsFunc(subs, func(s sub) bool { return s.old == off }) {
			continue
		}
		data, err := subtable(cmap, off)
		if err != nil {
			return nil, fmt.Errorf("cmap encoding %d/%d: %w", platform, encoding, err)
		}
		format := be.Uint16(data)
		switch {
		case (platform == 0 || platform == 3 && (encoding == 1 || encoding == 10)) && (format == 4 || format == 12):
			if format == 4 {
				data, err = patchFormat4(data, to)
			} else {
				data, err = patchFormat12(data, to)
			}
			if err != nil {
				return nil, fmt.Errorf("cmap encoding %d/%d, format %d: %w", platform, encoding, format, err)
			}
			patched = true
		case platform == 1 && encoding == 0 && (format == 0 || format == 6):
			data = patchMacRoman(data, from, to)
		}
		subs = append(subs, sub{old: off, data: data})
	}
	if !patched {
		return nil, errors.New("cmap: no Unicode map of format 4 or 12")
	}
	slices.SortFunc(subs, func(a, b sub) int { return int(int64(a.old) - int64(b.old)) })
	out := make([]byte, 4+8*n)
	copy(out, cmap[:4+8*n])
	for i := range subs {
		out = append(out, make([]byte, pad4(len(out))-len(out))...)
		subs[i].new = uint32(len(out))
		out = append(out, subs[i].data...)
	}
	for i := range n {
		rec := out[4+8*i:]
		old := be.Uint32(rec[4:])
		j := slices.IndexFunc(subs, func(s sub) bool { return s.old == old })
		be.PutUint32(rec[4:], subs[j].new)
	}
	return out, nil
}

// subtable returns the cmap subtable at off, as long as its header says.
func subtable(cmap []byte, off uint32) ([]byte, error) {
	if uint64(off)+8 > uint64(len(cmap)) {
		return nil, fmt.Errorf("subtable at %d: past the end of the cmap (%d bytes)", off, len(cmap))
	}
	s := cmap[off:]
	var length uint32
	switch format := be.Uint16(s); format {
	case 0, 2, 4, 6:
		length = uint32(be.Uint16(s[2:]))
	case 8, 10, 12, 13:
		length = be.Uint32(s[4:])
	case 14:
		length = be.Uint32(s[2:])
	default:
		return nil, fmt.Errorf("subtable at %d: unknown format %d", off, format)
	}
	if length < 8 || uint64(length) > uint64(len(s)) {
		return nil, fmt.Errorf("subtable at %d: length %d out of the cmap's %d bytes", off, length, len(cmap))
	}
	return s[:length], nil
}

// patchFormat4 decodes a format 4 subtable (segment mapping to delta
// values), maps 0x2D to glyph to and encodes it again, with delta segments
// only.
func patchFormat4(s []byte, to uint16) ([]byte, error) {
	if len(s) < 14 {
		return nil, fmt.Errorf("%d bytes: too short", len(s))
	}
	segX2 := int(be.Uint16(s[6:]))
	if segX2%2 != 0 || 16+4*segX2 > len(s) {
		return nil, fmt.Errorf("%d segments: longer than the subtable's %d bytes", segX2/2, len(s))
	}
	ends, starts := s[14:], s[16+segX2:]
	deltas, ranges := s[16+2*segX2:], s[16+3*segX2:]
	var glyphs [0x10000]uint16
	for i := 0; i < segX2; i += 2 {
		start, end := int(be.Uint16(starts[i:])), int(be.Uint16(ends[i:]))
		delta, ro := be.Uint16(deltas[i:]), int(be.Uint16(ranges[i:]))
		for c := start; c <= end; c++ {
			if ro == 0 {
				glyphs[c] = uint16(c) + delta
				continue
			}
			at := 16 + 3*segX2 + i + ro + 2*(c-start)
			if at+2 > len(s) {
				return nil, fmt.Errorf("segment %#04x-%#04x: glyph of %#04x past the subtable's end", start, end, c)
			}
			if g := be.Uint16(s[at:]); g != 0 {
				glyphs[c] = g + delta
			}
		}
	}
	glyphs[hyphenMinus] = to
	return encodeFormat4(be.Uint16(s[4:]), &glyphs)
}

// encodeFormat4 writes a format 4 subtable of the given language mapping
// each code c to glyphs[c] (0 for none): a segment for each run of codes
// whose glyphs follow on from each other, and the closing 0xFFFF one.
func encodeFormat4(language uint16, glyphs *[0x10000]uint16) ([]byte, error) {
	type seg struct{ start, end, delta uint16 }
	var segs []seg
	for c := 0; c < 0xFFFF; c++ {
		g := glyphs[c]
		if g == 0 {
			continue
		}
		delta := g - uint16(c)
		if k := len(segs) - 1; k >= 0 && int(segs[k].end) == c-1 && segs[k].delta == delta {
			segs[k].end = uint16(c)
			continue
		}
		segs = append(segs, seg{uint16(c), uint16(c), delta})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, glyphs[0xFFFF] + 1})
	n := len(segs)
	length := 16 + 8*n
	if length > 0xFFFF {
		return nil, fmt.Errorf("%d segments: too many for a format 4 subtable", n)
	}
	sel := 0
	for 1<<(sel+1) <= n {
		sel++
	}
	out := make([]byte, length)
	be.PutUint16(out, 4)
	be.PutUint16(out[2:], uint16(length))
	be.PutUint16(out[4:], language)
	be.PutUint16(out[6:], uint16(2*n))
	be.PutUint16(out[8:], uint16(2<<sel))      // searchRange
	be.PutUint16(out[10:], uint16(sel))        // entrySelector
	be.PutUint16(out[12:], uint16(2*n-2<<sel)) // rangeShift
	for i, sg := range segs {
		be.PutUint16(out[14+2*i:], sg.end)
		be.PutUint16(out[16+2*n+2*i:], sg.start)
		be.PutUint16(out[16+4*n+2*i:], sg.delta)
		// idRangeOffset stays 0: every segment maps by its delta.
	}
	return out, nil
}

// patchFormat12 returns a format 12 subtable (segmented coverage) in which
// 0x2D maps to glyph to: the group holding 0x2D is split around it, or a
// group for 0x2D alone is added.
func patchFormat12(s []byte, to uint16) ([]byte, error) {
	if len(s) < 16 {
		return nil, fmt.Errorf("%d bytes: too short", len(s))
	}
	n := be.Uint32(s[12:])
	if uint64(16)+12*uint64(n) > uint64(len(s)) {
		return nil, fmt.Errorf("%d groups: longer than the subtable's %d bytes", n, len(s))
	}
	type group struct{ start, end, glyph uint32 }
	var groups []group
	added := false
	for i := range n {
		g := s[16+12*i:]
		gr := group{be.Uint32(g), be.Uint32(g[4:]), be.Uint32(g[8:])}
		if gr.end < gr.start {
			return nil, fmt.Errorf("group %d: ends (%#x) before it starts (%#x)", i, gr.end, gr.start)
		}
		switch {
		case gr.end < hyphenMinus:
			groups = append(groups, gr)
			continue
		case gr.start > hyphenMinus:
			if !added {
				groups = append(groups, group{hyphenMinus, hyphenMinus, uint32(to)})
				added = true
			}
			groups = append(groups, gr)
			continue
		}
		// the group holds 0x2D
		if gr.start < hyphenMinus {
			groups = append(groups, group{gr.start, hyphenMinus - 1, gr.glyph})
		}
		groups = append(groups, group{hyphenMinus, hyphenMinus, uint32(to)})
		added = true
		if gr.end > hyphenMinus {
			groups = append(groups, group{hyphenMinus + 1, gr.end, gr.glyph + hyphenMinus + 1 - gr.start})
		}
	}
	if !added {
		groups = append(groups, group{hyphenMinus, hyphenMinus, uint32(to)})
	}
	out := make([]byte, 16+12*len(groups))
	copy(out, s[:16])
	be.PutUint32(out[4:], uint32(len(out)))
	be.PutUint32(out[12:], uint32(len(groups)))
	for i, gr := range groups {
		g := out[16+12*i:]
		be.PutUint32(g, gr.start)
		be.PutUint32(g[4:], gr.end)
		be.PutUint32(g[8:], gr.glyph)
	}
	return out, nil
}

// patchMacRoman returns a copy of a Macintosh Roman subtable of format 0
// (byte encoding) or 6 (trimmed table) in which code 0x2D draws glyph to,
// if it drew glyph from and to fits the format.
func patchMacRoman(s []byte, from, to uint16) []byte {
	s = slices.Clone(s)
	switch be.Uint16(s) {
	case 0:
		if at := 6 + hyphenMinus; at < len(s) && uint16(s[at]) == from && to <= 0xFF {
			s[at] = byte(to)
		}
	case 6:
		if len(s) < 10 {
			return s
		}
		first, count := int(be.Uint16(s[6:])), int(be.Uint16(s[8:]))
		if hyphenMinus < first || hyphenMinus >= first+count {
			return s
		}
		if at := 10 + 2*(hyphenMinus-first); at+2 <= len(s) && be.Uint16(s[at:]) == from {
			be.PutUint16(s[at:], to)
		}
	}
	return s
}
