package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// Bounds by count: a small workbook may list a huge number of sheets or
// parts, each cheap in bytes and each costing the reader time.
const (
	// MaxImportSheets is the most sheets a workbook to import may list.
	MaxImportSheets = 256
	// maxImportParts is the most files the workbook's zip may hold.
	maxImportParts = 4 * MaxImportSheets
)

// checkCounts refuses a workbook that lists more sheets or holds more
// parts than the import reads, before excelize opens it. A file it cannot
// read as a zip is left for excelize to report.
func checkCounts(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	if n := len(zr.File); n > maxImportParts {
		return fmt.Errorf("import: %w: the workbook holds %s parts, at most %s", ErrTooLarge, groupThousands(n), groupThousands(maxImportParts))
	}
	for _, f := range zr.File {
		if strings.TrimPrefix(f.Name, "/") != "xl/workbook.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil
		}
		defer rc.Close()
		n, err := countSheets(io.LimitReader(rc, importXMLLimit))
		if err != nil {
			return nil // excelize says what is wrong with it
		}
		if n > MaxImportSheets {
			return fmt.Errorf("import: %w: the workbook lists more than %s sheets; keep the Backlog sheet and save it as a new workbook", ErrTooLarge, groupThousands(MaxImportSheets))
		}
	}
	return nil
}

// countSheets counts the sheet elements of a workbook part, stopping once
// past MaxImportSheets.
func countSheets(r io.Reader) (int, error) {
	d := xml.NewDecoder(r)
	n := 0
	for n <= MaxImportSheets {
		tok, err := d.Token()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "sheet" {
			n++
		}
	}
	return n, nil
}
