// Package layering holds no code: its test checks the house rules of
// Canopy's imports over every package of the module, including packages
// added later (they are found with `go list`, not listed here):
//
//   - the domain (canopy/app and below) imports no Fyne, and neither the
//     window, the exporters nor the command line;
//   - the exporters (canopy/export/...) import no Fyne and no window;
//   - a section of the window (canopy/ui/<section> and the packages under
//     it) imports no other section and not the window (canopy/ui);
//   - the window's shared packages (ui/page, ui/form, ui/edit, ui/internal,
//     ui/forecast) import no section and not the window;
//   - only main, the command line, the window and the domain's own
//     packages import the store (canopy/app/store); a section, an editor or
//     an exporter never writes files behind its back;
//   - every package under ui/ has a doc.go whose package comment says what
//     it may import ("Imports: …").
//
// Imports: nothing (its test runs `go list`).
package layering
