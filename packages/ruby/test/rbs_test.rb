# frozen_string_literal: true

require_relative "test_helper"
require "open3"
require "rbs"
require "rbs/cli"
require "stringio"
require "yaml"

# The RBS signatures (sig/, generated where they describe generated code)
# are valid, describe every operation's method as the gem defines it, and
# hold at run time: the suites that call the gem the way users do run again
# with RBS's runtime type checks on.
class RBSTest < Minitest::Test
  ROOT = File.expand_path("..", __dir__)
  SIG = File.join(ROOT, "sig")
  # The RBS of the standard libraries the signatures use, as the gem declares them to RBS.
  LIBRARIES = YAML.load_file(File.join(SIG, "manifest.yaml")).fetch("dependencies").map { |d| d.fetch("name") }.freeze
  # Suites that pass only well-typed values; the others feed bad input on purpose.
  TYPED_SUITES = %w[operations model errors retry_policy secrets].freeze

  def test_the_signatures_are_valid
    stdout = StringIO.new
    stderr = StringIO.new
    args = ["-I", SIG, *LIBRARIES.flat_map { |library| ["-r", library] }, "validate", "--silent"]
    RBS::CLI.new(stdout: stdout, stderr: stderr).run(args)
    assert_empty stderr.string
  end

  def test_every_operation_has_the_signature_of_its_method
    client = Revox::Client.new(api_key: TEST_KEY)
    Revox::Generated::OPERATIONS.each_value do |operation|
      resource = operation.resource_path.reduce(client) { |node, name| node.public_send(name) }
      definition = builder.build_instance(TypeName("::#{resource.class.name}"))
      signature = definition.methods[operation.method_name.to_sym]
      assert signature, "#{operation.sdk} has no signature in #{SIG}"
      function = signature.method_types.first.type
      ruby = resource.method(operation.method_name).parameters
      assert_equal ruby.count { |kind, _| kind == :req }, function.required_positionals.length, operation.sdk
      assert_equal ruby.filter_map { |kind, name| name if kind == :keyreq }, function.required_keywords.keys & ruby.map(&:last), operation.sdk
      assert_includes function.optional_keywords.keys, :request_options, operation.sdk
    end
  end

  def test_the_signatures_hold_at_run_time
    env = { "RBS_TEST_TARGET" => "Revox::*", "RBS_TEST_OPT" => "-I #{SIG} #{LIBRARIES.map { |l| "-r #{l}" }.join(" ")}", "RBS_TEST_LOGLEVEL" => "error" }
    suites = TYPED_SUITES.map { |name| File.join(__dir__, "#{name}_test.rb") }
    output, status = Open3.capture2e(env, RbConfig.ruby, "-I", File.join(ROOT, "lib"), "-r", "rbs/test/setup", "-e", "ARGV.each { |f| require f }", *suites)
    assert status.success?, output
    assert_match(/ 0 failures, 0 errors/, output)
  end

  private

  def builder
    @builder ||= begin
      loader = RBS::EnvironmentLoader.new
      loader.add(path: Pathname(SIG))
      LIBRARIES.each { |library| loader.add(library: library) }
      RBS::DefinitionBuilder.new(env: RBS::Environment.from_loader(loader).resolve_type_names)
    end
  end
end
