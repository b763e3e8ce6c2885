package xlsx

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"canopy/app"
)

// SheetCSV is the sheet name the messages about a CSV file use: "CSV!E7".
const SheetCSV = "CSV"

// The bounds of a CSV import besides MaxImportBytes and MaxImportRows.
const (
	// maxCSVColumns is the most fields a CSV record may have (a
	// spreadsheet's column limit).
	maxCSVColumns = 16_384
	// maxCSVCells bounds the fields of the whole file, so that a file of
	// nothing but separators cannot hold millions of strings in memory.
	maxCSVCells = 8 << 20
)

// ReadBacklogCSV reads a CSV file of at most MaxImportBytes and
// MaxImportRows records (header included) and plans its import into ws,
// exactly as ReadBacklog plans a Backlog sheet: row 1 holds the headers,
// matched in any order; Canopy's own columns, or a Jira or GitHub export's
// (see mapTracker). Messages name cells as "CSV!E7 (Status): …".
//
// The file must be UTF-8 (a leading byte order mark is dropped); the
// separator is a comma, or a semicolon or tab when the header line has no
// comma but one of those. Line ends inside quoted fields read as "\n".
// Every value is text, never evaluated; a cell over MaxCellChars characters
// is invalid. ReadBacklogCSV changes nothing: apply the plan's Command.
func ReadBacklogCSV(r io.Reader, ws *app.Workspace) (*ImportPlan, error) {
	cells, err := readCSVCells(r)
	if err != nil {
		return nil, err
	}
	return plan(SheetCSV, cells, ws)
}

// readCSVCells reads a CSV file's cells within the import's bounds: UTF-8
// (a leading byte order mark dropped), no NUL byte, the separator sniffed
// from the header line, at most MaxImportBytes, MaxImportRows rows,
// maxCSVColumns fields a line and maxCSVCells in all. Every import of a CSV
// file reads through it.
func readCSVCells(r io.Reader) ([][]string, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxImportBytes+1))
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	if len(data) > MaxImportBytes {
		return nil, fmt.Errorf("import: %w: over %s bytes", ErrTooLarge, groupThousands(MaxImportBytes))
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return nil, errors.New("import: this is an Excel workbook, not a CSV file: name it .xlsx")
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalidUTF8(data)], []byte("\n"))
		return nil, fmt.Errorf("import: the CSV file is not UTF-8 text (line %d); save it as \"CSV UTF-8\"", line)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, errors.New("import: the CSV file holds NUL bytes: not a text file")
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = sniffComma(data)
	cr.FieldsPerRecord = -1
	var cells [][]string
	total := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("import: not a readable CSV file: %w", err)
		}
		if len(cells) >= MaxImportRows {
			return nil, fmt.Errorf("import: %w: the CSV file has more than %s rows", ErrTooLarge, groupThousands(MaxImportRows))
		}
		if len(rec) > maxCSVColumns {
			line, _ := cr.FieldPos(0)
			return nil, fmt.Errorf("import: %w: line %d has %s fields, at most %s", ErrTooLarge, line, groupThousands(len(rec)), groupThousands(maxCSVColumns))
		}
		if total += len(rec); total > maxCSVCells {
			return nil, fmt.Errorf("import: %w: the CSV file has more than %s fields", ErrTooLarge, groupThousands(maxCSVCells))
		}
		cells = append(cells, rec)
	}
	return cells, nil
}

// sniffComma returns the separator of a CSV file: a comma, unless its first
// line has none but has a semicolon or tab.
func sniffComma(data []byte) rune {
	first := data
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		first = data[:i]
	}
	switch {
	case bytes.IndexByte(first, ',') >= 0:
		return ','
	case bytes.IndexByte(first, ';') >= 0:
		return ';'
	case bytes.IndexByte(first, '\t') >= 0:
		return '\t'
	}
	return ','
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}
