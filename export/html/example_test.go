package html_test

import (
	"bytes"
	"fmt"
	"strings"

	"canopy/app"
	"canopy/export/html"
)

// Write makes the page of a workspace; an internal page adds the backlog.
func ExampleWrite() {
	ws := app.NewWorkspace(app.Product{Name: "Trailhead"})
	ws.SetClock(app.DayClock(app.MustDate("2027-02-01")))
	var buf bytes.Buffer
	if err := html.Write(&buf, ws, html.Options{Audience: html.Internal}); err != nil {
		fmt.Println(err)
		return
	}
	page := buf.String()
	fmt.Println(strings.HasPrefix(page, "<!DOCTYPE html>"))
	fmt.Println(strings.Contains(page, "<title>Trailhead · Roadmap</title>"))
	fmt.Println(strings.Contains(page, "As of <time>February 1, 2027</time>"))
	fmt.Println(strings.Contains(page, "The backlog is empty."))
	// Output:
	// true
	// true
	// true
	// true
}
