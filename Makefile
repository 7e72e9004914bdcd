# Copydesk — every target works on a fresh Debian/Ubuntu machine with Go ≥ 1.26.
# Run as root and the missing system packages are installed; otherwise the
# exact apt-get command is printed.

GO        ?= go
TAGS      := migrated_fynedo
BIN       := ./copydesk
# Fyne needs a C toolchain, GL and X11 headers; fonts so Arabic/Cyrillic
# render; Xvfb + imagemagick + x11-utils for the window smoke test.
SYSPKGS   := gcc libgl1-mesa-dev xorg-dev libxkbcommon-dev fonts-dejavu-core fonts-noto-core \
             xvfb imagemagick x11-utils xdotool bc
export LANG ?= en_US.UTF-8

.PHONY: run test build deps vet unit smoke bench eval eval-names eval-cleanup fuzz clean eval-spelling window

## run: build and open the app (on the built-in sample, or ARGS="file.html folder/")
run: deps build
	$(BIN) $(ARGS)

## test: vet, every unit test (headless), then a real window under Xvfb
test: deps vet unit smoke window

build:
	$(GO) build -tags $(TAGS) -o $(BIN) .

deps:
	@missing=$$(for p in $(SYSPKGS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	  else \
	    echo "Copydesk needs these system packages. Run:"; \
	    echo "  sudo apt-get install -y $$(echo $$missing)"; exit 1; \
	  fi; \
	fi

vet:
	CGO_ENABLED=0 $(GO) vet -tags ci ./...

unit:
	$(GO) test -tags ci -count=1 ./...

## smoke: start the real binary under Xvfb, screenshot it, check the window is not blank
smoke: build
	.ci/smoke $(BIN)

## window: every README shortcut in the real window, 20 SIGTERM stops, a 60 s monkey run
## (DISPLAY_NUM=N picks the display; MONKEY_SECONDS=1800 for a long run by hand)
window: build
	.ci/keys $(BIN)
	.ci/sigterm $(BIN) 20
	.ci/monkey $(BIN)

## bench: speed of the text passes and the loaders (MB/s)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./cleanup/...

## eval: extraction quality and speed on ../shared/corpus against other extractors
eval:
	cd bench && $(GO) run . -corpus ../../shared/corpus

## eval-names: precision/recall of the name matcher on ../shared/corpus/names
eval-names:
	$(GO) run ./cleanup/variants/cmd/evalnames -corpus ../shared/corpus/names

## eval-cleanup: issue 9's table (wrong changes, lost lines, debris left, names
## unfixed, bad suggestions) on testdata/fieldset, dev and frozen apart; SET=dev|frozen|all, V=1 lists misses
SET ?= all
eval-cleanup:
	$(GO) run ./cleanup/fieldeval/cmd/evalcleanup -set $(SET) $(if $(V),-v)
## eval-spelling: the spelling pass on its labelled field set (dev and frozen), per style
eval-spelling:
	$(GO) run ./cleanup/spelling/cmd/evalspelling

## fuzz: run each fuzz target for FUZZTIME (default 30s)
FUZZTIME ?= 30s
fuzz:
	@for pkg in $$($(GO) list ./cleanup/...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -f $(BIN)
