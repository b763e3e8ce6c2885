# Canopy — build, run and test. `make run` and `make test` install the
# system packages they need on Debian and Ubuntu (scripts/deps.sh).

export LANG := en_US.UTF-8
export CGO_ENABLED := 1
GO ?= go
# Packages that must build without cgo on every desktop OS.
HEADLESS := ./app/... ./cli/... ./assets/...

# The version lives in FyneApp.toml, once; builds stamp it into the binary
# (cli.Version), and the packages and the Windows version resource carry it.
VERSION := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
BUILD := $(shell sed -n 's/^ *Build *= *\([0-9]*\)/\1/p' FyneApp.toml)
LDFLAGS := -X canopy/cli.Version=$(VERSION)

# Packaging tools, pinned, installed into .tools/ on first use.
FYNE_TOOLS := v1.7.4
FYNE := .tools/fyne-$(FYNE_TOOLS)/fyne
GO_WINRES := v0.3.3
WINRES := .tools/go-winres-$(GO_WINRES)/go-winres
WIN_CC ?= x86_64-w64-mingw32-gcc

.PHONY: all build run test check fuzz cross bench sample clean icons package-linux package-windows package-darwin packages

all: build

build:
	@scripts/deps.sh build
	$(GO) build -ldflags "$(LDFLAGS)" -o canopy .

# Opens the app on your copy of the sample workspace (a virtual display is
# used when there is no display, e.g. over ssh).
run:
	@scripts/deps.sh run
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname -s)" = Darwin ]; then \
		$(GO) run . --sample; \
	else \
		echo "No display: running under xvfb-run (use a desktop session to see the window)"; \
		xvfb-run -a -s "-screen 0 1280x900x24" $(GO) run . --sample; \
	fi

# Every test: formatting, vet, unit and UI tests, the cross-builds, and
# both packages: the Linux one installed and started, the Windows exe checked.
# The Windows build compiles GLFW's C code with mingw on one core for
# minutes when the cache is cold: it runs beside the tests, not after them.
test:
	@scripts/deps.sh test
	@$(MAKE) --no-print-directory -j2 check packages
	$(GO) test -count=1 -tags packaging ./packaging/ -dist $(CURDIR)/dist -version $(VERSION)

check:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -tags e2e -run TestE2E .
	@$(MAKE) --no-print-directory fuzz cross

# Every decoder of hostile files, fuzzed for a few seconds each: one
# package:target a line.
FUZZTIME ?= 3s
FUZZ := \
	app/store:FuzzDecodeItem \
	app/store:FuzzDecodeEntity \
	app/store:FuzzDecodeManifest \
	app/store:FuzzDecodeStrategy \
	app/store:FuzzDecodeBaseline \
	app/merge:FuzzMerge \
	export/xlsx:FuzzReadBacklogCSV \
	export/xlsx:FuzzReadBacklogXLSX \
	export/xlsx:FuzzReadInsightsCSV
# A failure prints what the fuzzer said. A real failure leaves its input in
# the package's testdata/fuzz, which the one retry runs first, so it fails
# again; a worker starved on a loaded machine does not.
fuzz:
	@log=$$(mktemp); for t in $(FUZZ); do \
		pkg=$${t%%:*}; f=$${t#*:}; echo "fuzz $$f ($(FUZZTIME))"; \
		$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 1s ./$$pkg >$$log 2>&1 || { \
			grep -v '^fuzz: elapsed' $$log | tail -30; echo "fuzz $$f failed: once more"; \
			$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 1s ./$$pkg >$$log 2>&1 || { \
				grep -v '^fuzz: elapsed' $$log | tail -30; rm -f $$log; exit 1; }; }; \
	done; rm -f $$log

# The domain, store and CLI build without cgo for Windows and macOS.
cross:
	CGO_ENABLED=0 GOOS=windows GOARCH=amd64 $(GO) build $(HEADLESS)
	CGO_ENABLED=0 GOOS=darwin GOARCH=arm64 $(GO) build $(HEADLESS)
	CGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build $(HEADLESS)

# Benchmarks on a 10 000-item workspace, each ratio beside its target; one
# package at a time (-p 1), so that no two benchmarks share the cores.
bench:
	$(GO) test -p 1 -run '^$$' -bench . -benchtime 10x ./app/... ./ui/backlog/board ./ui/backlog/prioritize ./ui/roadmap ./export/... | $(GO) run ./scripts/benchratio

# The Linux package: dist/canopy-VERSION-linux-amd64.tar.xz (binary,
# desktop entry, icons, and a Makefile to install it).
package-linux: $(FYNE)
	@scripts/deps.sh build
	@scripts/package-linux.sh $(CURDIR)/$(FYNE) $(VERSION)

# The Windows program: dist/canopy.exe, cross-built with mingw-w64, a GUI
# program (no console window) with the icon and the version resource.
package-windows: $(WINRES)
	@scripts/deps.sh windows
	@scripts/package-windows.sh $(CURDIR)/$(WINRES) $(VERSION) $(BUILD) $(WIN_CC)

packages: package-linux package-windows

# The macOS app, on a Mac only: dist/Canopy.app and a zip of it.
package-darwin: $(FYNE)
	@scripts/deps.sh build
	@scripts/package-darwin.sh $(CURDIR)/$(FYNE) $(VERSION)

# The tools need no cgo; without it the fyne tool builds in under a minute
# instead of compiling GLFW's C code once more.
$(FYNE):
	CGO_ENABLED=0 GOBIN=$(CURDIR)/$(dir $@) $(GO) install fyne.io/tools/cmd/fyne@$(FYNE_TOOLS)

$(WINRES):
	CGO_ENABLED=0 GOBIN=$(CURDIR)/$(dir $@) $(GO) install github.com/tc-hib/go-winres@$(GO_WINRES)

# Renders the app icon's PNGs from its SVG source (they are committed).
icons:
	@command -v rsvg-convert >/dev/null || scripts/deps.sh icons
	for s in 16 24 32 48 64 128 256 512; do rsvg-convert -w $$s -h $$s assets/icon/canopy.svg -o assets/icon/canopy-$$s.png; done

clean:
	rm -rf canopy canopy.exe dist .tools
