# Copydesk — every target works on a fresh Debian/Ubuntu machine with the Go
# of go.mod (1.26.8) on PATH; see README "Setup".
# Run as root and the missing system packages are installed; otherwise the
# exact apt-get command is printed.

GO        ?= go
TAGS      := migrated_fynedo
BIN       := ./copydesk
# Fyne needs a C toolchain, GL and X11 headers; fonts so Arabic/Cyrillic
# render; Xvfb + imagemagick + x11-utils for the window smoke test; xz-utils
# for the desktop package; locales for en_US.UTF-8.
SYSPKGS   := gcc libgl1-mesa-dev xorg-dev libxkbcommon-dev fonts-dejavu-core fonts-noto-core \
             xvfb imagemagick x11-utils xdotool bc xz-utils locales
export LANG ?= en_US.UTF-8

# Shipping: the pure-Go CLI (no window, no cgo) and the desktop package.
CLI       := ./copydesk-cli
CROSS     := linux/amd64 linux/arm64 windows/amd64 darwin/arm64 darwin/amd64
CI_CROSS  := linux/arm64 windows/amd64 darwin/arm64
# go.mod pins Fyne's packaging tool: `go tool fyne` builds it from the module
# cache, nothing is downloaded at run time.
FYNE      := $(GO) tool fyne
PACKAGE   := bin/Copydesk.tar.xz

.PHONY: run test build deps vet unit smoke window bench bench-feed eval eval-names eval-cleanup \
        eval-spelling fuzz clean cli cross package ship

## run: build and open the app (on the built-in sample, or ARGS="file.html folder/")
run: deps build
	$(BIN) $(ARGS)

## test: vet, every unit test (headless), then the real window under Xvfb (a
## smoke test, every README shortcut, SIGTERM stops, a monkey run), then the
## shipped builds (see ship)
test: deps vet unit smoke window ship

# The first build compiles Fyne's C parts (GLFW, GL) through cgo, which is
# slow and silent: say so when the Go build cache does not hold them yet.
build:
	@if [ "$$($(GO) list -tags $(TAGS) -f '{{.Stale}}' github.com/go-gl/glfw/v3.3/glfw 2>/dev/null)" != false ]; then \
	  echo "building the desktop app (first build compiles Fyne's C parts: ~3–6 minutes)…"; \
	fi
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

## bench: speed of the text passes, loaders and writers (MB/s), and of the review window (-tags ci)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./cleanup/...
	$(GO) test -tags ci -run '^$$' -bench . -benchmem ./app/...

## bench-feed: time `clean --to jsonl` on a generated feed (FEED_SIZE, default 1GiB), -j 1 vs all cores
FEED_SIZE ?= 1GiB
bench-feed: cli
	cd bench && $(GO) run ./genfeed -size $(FEED_SIZE) > $(CURDIR)/bin/feed.jsonl
	@for j in 1 $$(nproc); do \
	  /usr/bin/time -f "-j $$j: %e s wall, %M KB max RSS, %P CPU" $(CLI) clean --to jsonl -j $$j bin/feed.jsonl > bin/feed-out-$$j.jsonl || exit 1; \
	done
	@ls -l bin/feed.jsonl; cmp bin/feed-out-1.jsonl bin/feed-out-$$(nproc).jsonl && echo "outputs identical"
	rm -f bin/feed.jsonl bin/feed-out-*.jsonl

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

## cli: the pure-Go command-line build (static, no window): ./copydesk-cli
cli:
	CGO_ENABLED=0 $(GO) build -tags nogui -trimpath -o $(CLI) .

## cross: the CLI for every target in CROSS, into bin/
cross:
	@mkdir -p bin
	@for t in $(CROSS); do \
	  os=$${t%/*}; arch=$${t#*/}; ext=; [ $$os = windows ] && ext=.exe; \
	  echo "bin/copydesk-$$os-$$arch$$ext"; \
	  GOOS=$$os GOARCH=$$arch CGO_ENABLED=0 $(GO) build -tags nogui -trimpath -o bin/copydesk-$$os-$$arch$$ext . || exit 1; \
	done

## package: the Linux desktop bundle (binary, icon, .desktop entry) as $(PACKAGE)
# fyne package bumps Build in FyneApp.toml after every run; keep the
# tracked file as it was (set Version/Build there by hand for a release).
package: deps build
	@mkdir -p bin
	cp FyneApp.toml bin/.FyneApp.toml
	$(FYNE) package --target linux --executable $(BIN); rc=$$?; mv bin/.FyneApp.toml FyneApp.toml; exit $$rc
	mv Copydesk.tar.xz $(PACKAGE)
	@echo "$(PACKAGE):"; tar tf $(PACKAGE)

## ship: what `make test` checks of the shipped builds: the static CLI on a
## fixture, cross builds for CI_CROSS, and the package unpacked and started under Xvfb
ship: cli package
	GO="$(GO)" .ci/ship $(CLI) $(PACKAGE)
	$(MAKE) cross CROSS="$(CI_CROSS)"

clean:
	rm -rf $(BIN) $(CLI) bin
