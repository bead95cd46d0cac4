# bookgen — the two commands of the README are `make site` and `make test`.
SWIFT ?= swift
# The reference results of independent libraries (optax, scikit-learn, scipy) and their checker.
REFERENCE ?= ../shared/reference

.PHONY: site test deps release bench clean

deps:
	@scripts/install-deps.sh

release: deps
	$(SWIFT) build -c release --product bookgen

## Build the book in content/ into site/.
site: release
	.build/release/bookgen build --content content --output site

## Run every test: unit and integration tests, then the book itself must build.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) run -c debug bookgen build --content content --output .build/test-site
	@if [ -f "$(REFERENCE)/check_refs.py" ]; then \
	  $(SWIFT) build -c release --product refcheck && \
	  python3 "$(REFERENCE)/check_refs.py" --cmd .build/release/refcheck --batch "$(REFERENCE)/public"; \
	else \
	  echo "note: $(REFERENCE) not found; skipping the numerics reference check (set REFERENCE=DIR)"; \
	fi
	$(SWIFT) test

## Time `bookgen build` on synthetic books of 100 and 1000 chapters.
bench: release
	benchmarks/build.sh

clean:
	rm -rf .build site .bookgen-cache
