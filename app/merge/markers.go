package merge

import "bytes"

// writeConflict writes a conflicted field of an object: its line (or
// lines) as each version has it, between diff3-style markers. A version
// without the field has an empty section.
func writeConflict(b *bytes.Buffer, c [3]*node, key, indent string, last bool) {
	section := func(v *node) {
		if v == nil {
			return
		}
		b.WriteString(indent)
		writeString(b, key)
		b.WriteString(": ")
		writeNode(b, v, indent)
		if !last {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString(markOurs + "\n")
	section(c[1])
	b.WriteString(markBase + "\n")
	section(c[0])
	b.WriteString(markSplit + "\n")
	section(c[2])
	b.WriteString(markTheirs + "\n")
}
