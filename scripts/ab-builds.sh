# Sourced by bench-ab.sh and cachegrind-ab.sh: builds the test binary of package $pkg at
# revision $rev ($tmp/base.test) and in the working tree ($tmp/new.test), in a temporary
# folder $tmp removed on exit. The earlier build gets the working tree's versions of the
# benchmark files it has, so that both run the same benchmark; a newer file may need code
# it lacks, so it is left out.
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git worktree add --detach "$tmp/base" "$rev" >/dev/null
for f in "$pkg"/*bench_test.go; do
  if [ -f "$tmp/base/$f" ]; then
    cp "$f" "$tmp/base/$f"
  fi
done
(cd "$tmp/base" && go test -c -o "$tmp/base.test" "$pkg")
go test -c -o "$tmp/new.test" "$pkg"
