# frozen_string_literal: true

require_relative "test_helper"
require "fileutils"
require "open3"
require "rubygems/package"
require "tmpdir"

# `gem build revox.gemspec` works offline, the gem holds what it needs, and
# installed into an empty gem home it loads by its name.
class GemTest < Minitest::Test
  ROOT = File.expand_path("..", __dir__)

  def test_the_gem_builds_installs_and_loads_offline
    Dir.mktmpdir("revox-ruby-gem-") do |dir|
      # A copy, so the build leaves nothing behind in the package; laid out
      # as in the repository, whose repository.json the gemspec reads.
      package = File.join(dir, "packages", "ruby")
      FileUtils.mkdir_p(package)
      FileUtils.cp_r(%w[revox.gemspec lib sig README.md LICENSE].map { |entry| File.join(ROOT, entry) }, package)
      FileUtils.cp(File.join(ROOT, "../../repository.json"), dir)
      output, status = Open3.capture2e("gem", "build", "revox.gemspec", chdir: package)
      assert status.success?, output
      file = File.join(package, "revox-#{Revox::VERSION}.gem")
      files = Gem::Package.new(file).contents
      %w[lib/revox.rb lib/revox/client.rb lib/revox/generated/resources.rb sig/revox.rbs sig/generated/resources.rbs README.md LICENSE].each do |path|
        assert_includes files, path
      end
      refute files.any? { |path| path.start_with?("test/") }
      # Where the gem comes from, as repository.json says (all three are placeholders until the repository exists).
      url = JSON.parse(File.read(File.join(ROOT, "../../repository.json"))).fetch("url")
      spec = Gem::Package.new(file).spec
      assert_equal [url, url, url], [spec.homepage, spec.metadata["source_code_uri"], spec.metadata["bug_tracker_uri"]].map { |uri| uri[0, url.length] }

      home = File.join(dir, "home")
      output, status = Open3.capture2e({ "GEM_HOME" => home, "GEM_PATH" => home }, "gem", "install", "--local", "--no-document", file)
      assert status.success?, output
      script = 'require "revox"; print Revox::VERSION, " ", Revox::Client.new(api_key: "sk_x").call.class'
      output, status = Open3.capture2e({ "GEM_HOME" => home, "GEM_PATH" => home }, RbConfig.ruby, "-e", script, chdir: dir)
      assert status.success?, output
      assert_equal "#{Revox::VERSION} Revox::Resources::Call", output
    end
  end

  def test_the_version_is_the_npm_packages_version
    assert_equal JSON.parse(File.read(File.join(ROOT, "../sdk/package.json")))["version"], Revox::VERSION
  end
end
