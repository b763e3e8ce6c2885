# Canopy — build, run and test. `make run` and `make test` install the
# system packages they need on Debian and Ubuntu (scripts/deps.sh).

export LANG := en_US.UTF-8
export CGO_ENABLED := 1
GO ?= go
# Packages that must build without cgo on every desktop OS.
HEADLESS := ./app/... ./cli/... ./assets/...

.PHONY: all build run test check fuzz cross bench sample clean

all: build

build:
	@scripts/deps.sh build
	$(GO) build -o canopy .

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

# Every test: formatting, vet, unit and UI tests, and the cross-builds.
test:
	@scripts/deps.sh test
	@$(MAKE) --no-print-directory check

check:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -tags e2e -run TestE2E .
	@$(MAKE) --no-print-directory fuzz cross

# Every decoder of hostile files, fuzzed for a few seconds each.
FUZZTIME ?= 3s
fuzz:
	@for t in app/store:FuzzDecodeItem app/store:FuzzDecodeEntity app/store:FuzzDecodeManifest \
		app/store:FuzzDecodeStrategy export:FuzzReadBacklogCSV export:FuzzReadBacklogXLSX; do \
		pkg=$${t%%:*}; f=$${t#*:}; echo "fuzz $$f ($(FUZZTIME))"; \
		$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 1s ./$$pkg >/dev/null || exit 1; \
	done

# The domain, store and CLI build without cgo for Windows and macOS.
cross:
	CGO_ENABLED=0 GOOS=windows GOARCH=amd64 $(GO) build $(HEADLESS)
	CGO_ENABLED=0 GOOS=darwin GOARCH=arm64 $(GO) build $(HEADLESS)
	CGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build $(HEADLESS)

# Benchmarks on a 10 000-item workspace, each ratio beside its target.
bench:
	$(GO) test -run '^$$' -bench . -benchtime 10x ./app/... ./ui/board ./export | $(GO) run ./scripts/benchratio

clean:
	rm -rf canopy canopy.exe dist
