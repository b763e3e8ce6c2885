package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"
)

// mayHaveMergedCells reports whether the worksheet named sheet in the
// workbook data may hold merged cells. excelize's GetMergeCells decodes the
// whole worksheet into memory, which triples the cost of an import of
// 10 000 rows; a worksheet without the word "mergeCell" in its XML has none,
// so only a workbook that may have some pays for the exact answer. Anything
// that cannot be resolved here answers true, leaving the decision to excelize.
func mayHaveMergedCells(data []byte, sheet string) bool {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return true
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[strings.TrimPrefix(f.Name, "/")] = f
	}
	read := func(name string) ([]byte, bool) {
		f, ok := files[name]
		if !ok || f.UncompressedSize64 > importXMLLimit {
			return nil, false
		}
		rc, err := f.Open()
		if err != nil {
			return nil, false
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, importXMLLimit+1))
		if err != nil || len(b) > importXMLLimit {
			return nil, false
		}
		return b, true
	}
	wb, ok := read("xl/workbook.xml")
	if !ok {
		return true
	}
	var book struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if xml.Unmarshal(wb, &book) != nil {
		return true
	}
	rid := ""
	for _, s := range book.Sheets {
		if s.Name == sheet {
			rid = s.RID
		}
	}
	rels, ok := read("xl/_rels/workbook.xml.rels")
	if !ok || rid == "" {
		return true
	}
	var rs struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(rels, &rs) != nil {
		return true
	}
	for _, r := range rs.Rels {
		if r.ID != rid {
			continue
		}
		target := path.Join("xl", r.Target)
		if strings.HasPrefix(r.Target, "/") {
			target = strings.TrimPrefix(r.Target, "/")
		}
		f, ok := files[target]
		if !ok {
			return true
		}
		return containsStream(f, []byte("mergeCell"))
	}
	return true
}

// containsStream reports whether the unzipped part f holds word, reading
// it in chunks: a worksheet of 10 000 rows is larger than what the import
// holds in memory at once. A part that cannot be read answers true.
func containsStream(f *zip.File, word []byte) bool {
	rc, err := f.Open()
	if err != nil {
		return true
	}
	defer rc.Close()
	buf := make([]byte, 64<<10)
	keep := 0 // bytes carried over from the last chunk, in case word straddles two
	var total int64
	for {
		n, err := rc.Read(buf[keep:])
		total += int64(n)
		if bytes.Contains(buf[:keep+n], word) {
			return true
		}
		if err == io.EOF {
			return false
		}
		if err != nil || total > importUnzipLimit {
			return true
		}
		end := keep + n
		keep = min(len(word)-1, end)
		copy(buf, buf[end-keep:end])
	}
}
